// Software, platforms, protocols and currencies that are written like organisation names but are
// things: the operating system a flaw is in, the database left open, the coin a ransom is paid in.
// A product is never the victim; its maker or the organisation running it is. Hand-kept, as the
// names are the same in every language. Compared after normaliseOrgName.
export const PRODUCTS: readonly string[] = [
  // Operating systems and devices
  "Windows", "Windows XP", "Windows 7", "Windows 10", "Windows 11", "Windows Server", "Android", "iOS", "iPadOS", "macOS", "OS X",
  "Mac OS", "Linux", "Ubuntu", "Debian", "Red Hat Enterprise Linux", "CentOS", "FreeBSD", "Unix", "ChromeOS", "Chrome OS",
  "iPhone", "iPad", "Mac", "MacBook", "Galaxy", "Pixel", "Kindle", "Alexa", "Siri", "Apple Watch", "PlayStation", "Xbox",
  // Browsers and plug-ins
  "Chrome", "Google Chrome", "Chromium", "Firefox", "Mozilla Firefox", "Safari", "Internet Explorer", "Microsoft Edge", "Opera",
  "Flash", "Flash Player", "Adobe Flash", "Adobe Flash Player", "Adobe Reader", "Acrobat", "Acrobat Reader", "Java", "Silverlight",
  // Office, mail and collaboration software
  "Office", "Microsoft Office", "Office 365", "Microsoft 365", "Word", "Microsoft Word", "Excel", "Microsoft Excel", "PowerPoint",
  "Outlook", "Microsoft Outlook", "Exchange", "Exchange Server", "Microsoft Exchange", "SharePoint", "Microsoft Teams", "Skype",
  "OneDrive", "OneNote", "Gmail", "Hotmail", "Google Docs", "Google Drive", "Google Play", "App Store", "WhatsApp Web",
  // Servers, databases, frameworks and content systems
  "MongoDB", "Elasticsearch", "Kibana", "MySQL", "PostgreSQL", "SQL Server", "Microsoft SQL Server", "Oracle Database", "Redis",
  "Memcached", "Hadoop", "CouchDB", "Cassandra", "Docker", "Kubernetes", "Jenkins", "Apache Struts", "Struts", "Tomcat",
  "Apache Tomcat", "nginx", "IIS", "OpenSSL", "OpenSSH", "Bash", "PHP", "Python", "JavaScript", "Node.js", "Log4j", "Log4Shell",
  "WordPress", "Drupal", "Joomla", "Magento", "PrestaShop", "vBulletin", "phpMyAdmin", "Confluence", "Jira", "GitLab",
  "Amazon S3", "S3", "Citrix ADC", "NetScaler", "Pulse Connect Secure", "FortiOS", "PAN-OS", "MOVEit", "MOVEit Transfer",
  // Protocols and networks
  "SS7", "Bluetooth", "Wi-Fi", "WiFi", "WPA2", "WPA3", "Tor", "OAuth", "SMBv1", "RDP", "VPN", "SWIFT network",
  // File formats
  "PDF", "ZIP", "RAR", "RTF", "DOCX", "XLSX", "PostScript", "EPS", "XPS", "SVG", "JPEG", "PNG", "APK", "ISO", "LNK", "HTA",
  // Hypervisors, firmware and chips
  "Xen", "VMware ESXi", "ESXi", "Hyper-V", "VirtualBox", "QEMU", "BIOS", "UEFI", "Intel AMT", "AMT", "Ghostscript", "ImageMagick", "FFmpeg",
  "IE", "Edge", "Wi-Fi Direct", "OTA", "NFC",
  // Developer tools, remote access and conferencing software
  "Visual Basic", "VBA", "PowerShell", "WordPad", "Notepad", "Notepad++", "TeamViewer", "AnyDesk", "WebEx", "Cisco WebEx", "SAP HANA",
  // Messaging and social platforms, where attackers post their claims ("claimed the attack on Telegram")
  "Telegram", "Telegram channel", "VKontakte",
  // Games that lures and fake apps borrow
  "World of Warcraft", "Minecraft", "Pokemon Go", "Pokémon Go", "Super Mario Run", "Fortnite", "Roblox", "Clash of Clans",
  // Vulnerabilities known by name
  "Meltdown", "Spectre", "Heartbleed", "Shellshock", "EternalBlue", "BlueKeep", "KRACK", "POODLE", "Dirty COW", "DirtyCOW",
  "ProxyLogon", "ProxyShell", "PrintNightmare", "Zerologon", "Follina", "Stagefright", "Rowhammer", "Dirty Pipe", "Citrix Bleed",
  // Currencies
  "Bitcoin", "Bitcoins", "Ethereum", "Ether", "Monero", "Litecoin", "Dogecoin", "Zcash", "Dash", "Tether", "USDT",
];

/**
 * Who makes a product that phishing fakes itself — a login page, a shared document, an update —
 * so that a fake "Office 365" login pretends to be Microsoft. Platforms a fake merely runs on
 * (Android, Windows, iOS) are left out: a fake Android app does not pretend to be Google.
 */
export const PRODUCT_MAKERS: Readonly<Record<string, string>> = {
  "Office": "Microsoft", "Office 365": "Microsoft", "Microsoft 365": "Microsoft", "Microsoft Office": "Microsoft", "Outlook": "Microsoft", "Microsoft Outlook": "Microsoft",
  "SharePoint": "Microsoft", "Microsoft Teams": "Microsoft", "OneDrive": "Microsoft", "Hotmail": "Microsoft", "Skype": "Microsoft",
  "Gmail": "Google", "Google Docs": "Google", "Google Drive": "Google",
  "Flash Player": "Adobe", "Adobe Flash": "Adobe", "Adobe Flash Player": "Adobe", "Adobe Reader": "Adobe", "Acrobat Reader": "Adobe",
  "App Store": "Apple", "WhatsApp Web": "WhatsApp",
};
