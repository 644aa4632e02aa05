// Security companies and research groups, whose names appear in incident news because their
// researchers found, analysed or are quoted on the attack: the expert's employer, not the victim
// (the "names that are sources and not victims"). One is a victim only when the text
// says of it that it was hit ("FireEye was breached"). Hand-kept; names are the same in every
// language. Compared after normaliseOrgName.
export const SECURITY_VENDORS: readonly string[] = [
  "Kaspersky", "Kaspersky Lab", "Symantec", "Norton", "NortonLifeLock", "Broadcom Symantec", "McAfee", "Sophos", "ESET", "Trend Micro",
  "Check Point", "Check Point Research", "Check Point Software", "FireEye", "Mandiant", "CrowdStrike", "Palo Alto Networks",
  "Proofpoint", "Malwarebytes", "Avast", "Bitdefender", "F-Secure", "WithSecure", "Fortinet", "FortiGuard", "Imperva",
  "Trustwave", "SpiderLabs", "Flashpoint", "Digital Shadows", "SentinelOne", "SentinelLabs", "Cybereason", "Carbon Black",
  "Tenable", "Rapid7", "Qualys", "Positive Technologies", "Group-IB", "Dr.Web", "Doctor Web", "Secureworks", "NCC Group",
  "KnowBe4", "Cofense", "PhishMe", "Mimecast", "Barracuda", "Barracuda Networks", "Zscaler", "Netskope", "Lookout", "Zimperium",
  "Webroot", "Emsisoft", "Coveware", "Huntress", "Sucuri", "Wordfence", "RiskIQ", "Intezer", "ThreatConnect", "AlienVault",
  "LogRhythm", "Darktrace", "Vectra", "ExtraHop", "Forcepoint", "Cylance", "Armis", "Claroty", "Dragos", "Nozomi Networks",
  "Recorded Future", "Cisco Talos", "Talos", "IBM X-Force", "X-Force", "Unit 42", "Google Project Zero", "Project Zero",
  "Threat Analysis Group", "Microsoft Threat Intelligence", "Shadowserver", "Shadowserver Foundation", "abuse.ch", "Spamhaus",
  "Hold Security", "Gemini Advisory", "Intel 471", "Digital Guardian", "Varonis", "Arbor Networks", "NETSCOUT", "Radware",
  "Heimdal", "Heimdal Security", "Agari", "Abnormal Security", "Vade", "Cyren", "Comodo", "Morphisec", "Deep Instinct", "enSilo",
  "Cybersixgill", "KELA", "Cyble", "Hudson Rock", "SOCRadar", "Resecurity", "Trellix", "Volexity", "Sekoia", "Orange Cyberdefense",
  "Truesec", "mnemonic", "Secunia", "CSIS", "CSIS Security Group", "Yoroi", "Swascan", "G Data", "Avira", "Hornetsecurity",
  "Stormshield", "Wandera", "Appthority", "AppRiver", "DomainTools", "Kromtech", "BinaryEdge", "Censys", "Shodan", "UpGuard",
  "Comparitech", "vpnMentor", "SafetyDetectives", "Cybernews research team", "Risk Based Security", "BlueVoyant", "Tessian",
  "Bugcrowd", "HackerOne", "SANS Internet Storm Center", "SANS Institute", "SANS", "Sysdig", "Wiz", "Aqua Security", "Snyk",
  "ReversingLabs", "Sonatype", "Checkmarx", "JFrog", "Phylum", "Socket", "Kroll", "Coalition", "Chainalysis", "Elliptic",
];
