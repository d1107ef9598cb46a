/**
 * Trade names, matched case-sensitively as whole words (so "oracle" or "windows" in prose do not count).
 * A vendor named in a statement conditions the contract on a company (rule named-origin); a product
 * named in a statement is a trade mark (rule or-equivalent). Both need a subject-matter justification.
 */
export const VENDORS: readonly string[] = [
  'Microsoft', 'Google', 'Amazon', 'Amazon Web Services', 'AWS', 'Apple', 'IBM', 'Oracle', 'SAP', 'Cisco', 'Huawei',
  'ZTE', 'Motorola', 'Motorola Solutions', 'Airbus', 'Thales', 'Atos', 'Eviden', 'Siemens', 'Nokia', 'Ericsson',
  'Hexagon', 'Frequentis', 'Kaspersky', 'Hikvision', 'Dahua', 'Palantir', 'Esri', 'Salesforce', 'VMware',
  'Broadcom', 'Dell', 'Hewlett Packard', 'Hewlett Packard Enterprise', 'HPE', 'Lenovo', 'Fortinet',
  'Palo Alto Networks', 'Check Point', 'Juniper', 'Red Hat', 'Capgemini', 'Sopra Steria', 'Leonardo', 'Indra',
  'Samsung', 'Alibaba', 'Tencent', 'Hytera', 'Sepura', 'Teltronic', 'Genetec', 'Milestone Systems', 'Zetron',
];

export const PRODUCTS: readonly string[] = [
  'Windows', 'Microsoft Windows', 'Windows Server', 'Microsoft 365', 'Office 365', 'Microsoft Office',
  'Microsoft Teams', 'Microsoft Azure', 'Azure', 'Active Directory', 'Entra ID', 'SharePoint', 'Outlook',
  'Google Workspace', 'Google Cloud', 'Google Maps', 'Gmail', 'Android', 'iOS', 'iPadOS', 'macOS', 'iPhone', 'iPad',
  'Oracle Database', 'SQL Server', 'MySQL', 'vSphere', 'ESXi', 'Citrix', 'Zoom', 'WhatsApp', 'Telegram', 'Threema',
  'ArcGIS', 'Splunk', 'SAP HANA', 'Red Hat Enterprise Linux', 'RHEL', 'Intel', 'AMD', 'Xeon', 'BlackBerry',
  'Cisco Webex', 'Webex', 'Skype', 'Adobe Acrobat', 'Excel', 'Word for Windows',
];
