// Capitalised abbreviations that are ordinary words of the trade, not names of organisations.
// Lower case.
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(`
it ict ceo cto cio ciso cfo coo sms mms pdf usb vpn api gdpr dsgvo rgpd avg pc pcs ip ips dns url urls www http https
html ssl tls rdp smb ftp sql xss csrf os ios ai ml iot ot scada vip faq tv uk eu us usa un nato cve cves ddos dos apt
ransomware ok nb obs ps pin pins id ids iban bic cvv otp mfa 2fa sso ad aws gcp saas edr xdr soc siem mdr ir ttp ttps
ioc iocs c2 cc mb gb tb kb pm am utc cet cest gmt nr no nyt fyi diy q a b c d e f g it-chef
nas san lan wan wlan isp isps dvr dvrs nvr cctv plc plcs hmi ics ic cpu gpu ram ssd hdd bios nic sim esim pos atm atms
rat rats apk apks sdk ui ux crm erp hr pr
pii phi bec raas maas cv
`.split(/\s+/).filter(Boolean));

/** Abbreviations that, written as words ("San Matteo", "Ram Trucks", "Sim City"), are words of names. */
export const ACRONYMS_ONLY_IN_CAPITALS: ReadonlySet<string> = new Set(["san", "ram", "sim", "pos", "nic", "rat", "pin"]);
