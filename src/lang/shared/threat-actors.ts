// Named threat actors and the country they are attributed to in public reporting. Hand-kept.
// `names` are terms (syntax: ../types.ts); `country` is ISO 3166-1 alpha-2 or null.
import type { Motive } from "../../model/vocab.ts";

export interface KnownActor {
  name: string;
  names: string[];
  country: string | null;
  motive: Motive | null;
  /** Set when the name is also the group's malware family (ransomware operations are named after their ransomware). */
  malware?: "ransomware";
}

export const KNOWN_ACTORS: readonly KnownActor[] = [
  { name: "APT28", names: ["APT ?28", "Fancy Bear", "Sofacy", "Strontium", "Forest Blizzard"], country: "RU", motive: "espionage" },
  { name: "APT29", names: ["APT ?29", "Cozy Bear", "Nobelium", "Midnight Blizzard"], country: "RU", motive: "espionage" },
  { name: "Sandworm", names: ["Sandworm", "Seashell Blizzard"], country: "RU", motive: "espionage" },
  { name: "Turla", names: ["Turla", "Snake"], country: "RU", motive: "espionage" },
  { name: "Killnet", names: ["Kill[Nn]et"], country: "RU", motive: "ideology" },
  { name: "NoName057(16)", names: ["NoName ?057\\(?16\\)?", "NoName057"], country: "RU", motive: "ideology" },
  { name: "Lazarus Group", names: ["Lazarus( Group)?", "Hidden Cobra"], country: "KP", motive: "financial" },
  { name: "Kimsuky", names: ["Kimsuky"], country: "KP", motive: "espionage" },
  { name: "APT41", names: ["APT ?41", "Double Dragon", "Winnti"], country: "CN", motive: "espionage" },
  { name: "APT40", names: ["APT ?40"], country: "CN", motive: "espionage" },
  { name: "APT31", names: ["APT ?31", "Zirconium"], country: "CN", motive: "espionage" },
  { name: "Volt Typhoon", names: ["Volt Typhoon"], country: "CN", motive: "espionage" },
  { name: "Salt Typhoon", names: ["Salt Typhoon"], country: "CN", motive: "espionage" },
  { name: "Charming Kitten", names: ["Charming Kitten", "APT ?35", "APT ?42"], country: "IR", motive: "espionage" },
  { name: "APT10", names: ["APT ?10", "Stone Panda", "menuPass"], country: "CN", motive: "espionage" },
  { name: "APT1", names: ["APT1", "Comment Crew", "Comment Panda"], country: "CN", motive: "espionage" },
  { name: "APT3", names: ["APT3", "Gothic Panda"], country: "CN", motive: "espionage" },
  { name: "APT32", names: ["APT ?32", "OceanLotus"], country: "VN", motive: "espionage" },
  { name: "APT33", names: ["APT ?33", "Elfin", "Peach Sandstorm"], country: "IR", motive: "espionage" },
  { name: "OilRig", names: ["OilRig", "APT ?34", "Helix Kitten"], country: "IR", motive: "espionage" },
  { name: "APT37", names: ["APT ?37", "ScarCruft"], country: "KP", motive: "espionage" },
  { name: "Andariel", names: ["Andariel"], country: "KP", motive: "financial" },
  { name: "BlueNoroff", names: ["BlueNoroff"], country: "KP", motive: "financial" },
  { name: "Energetic Bear", names: ["Energetic Bear", "Dragonfly", "Berserk Bear"], country: "RU", motive: "espionage" },
  { name: "Gamaredon", names: ["Gamaredon", "Primitive Bear"], country: "RU", motive: "espionage" },
  { name: "Guccifer 2.0", names: ["Guccifer ?2\\.0"], country: "RU", motive: "espionage" },
  { name: "Equation Group", names: ["Equation Group"], country: "US", motive: "espionage" },
  { name: "Shadow Brokers", names: ["Shadow ?Brokers"], country: null, motive: "financial" },
  { name: "Syrian Electronic Army", names: ["Syrian Electronic Army"], country: "SY", motive: "ideology" },
  { name: "Lizard Squad", names: ["Lizard Squad"], country: null, motive: "ideology" },
  { name: "OurMine", names: ["OurMine"], country: null, motive: "ideology" },
  { name: "The Dark Overlord", names: ["The ?Dark ?Overlord", "TheDarkOverlord"], country: null, motive: "financial" },
  { name: "TA505", names: ["TA505"], country: null, motive: "financial" },
  { name: "FIN6", names: ["FIN ?6"], country: null, motive: "financial" },
  { name: "FIN8", names: ["FIN ?8"], country: null, motive: "financial" },
  { name: "Cobalt Group", names: ["Cobalt Group", "Cobalt Gang"], country: null, motive: "financial" },
  { name: "Magecart", names: ["Magecart"], country: null, motive: "financial" },
  { name: "Anonymous Sudan", names: ["Anonymous Sudan"], country: null, motive: "ideology" },
  { name: "Anonymous", names: ["Anonymous"], country: null, motive: "ideology" },
  { name: "Lapsus$", names: ["Lapsus\\$?"], country: null, motive: "financial" },
  { name: "Scattered Spider", names: ["Scattered Spider", "Octo Tempest", "UNC3944"], country: null, motive: "financial" },
  { name: "ShinyHunters", names: ["ShinyHunters", "Shiny Hunters"], country: null, motive: "financial" },
  { name: "FIN7", names: ["FIN ?7", "Carbanak"], country: null, motive: "financial" },
  { name: "LockBit", names: ["LockBit( ?\\d\\.\\d)?"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Conti", names: ["Conti"], country: "RU", motive: "financial", malware: "ransomware" },
  { name: "REvil", names: ["REvil", "Sodinokibi"], country: "RU", motive: "financial", malware: "ransomware" },
  { name: "BlackCat", names: ["BlackCat", "ALPHV"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Cl0p", names: ["Cl[0o]p"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Akira", names: ["Akira"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Black Basta", names: ["Black ?Basta"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Rhysida", names: ["Rhysida"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Medusa", names: ["Medusa"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Play", names: ["Play ransomware"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Qilin", names: ["Qilin", "Agenda ransomware"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Evil Corp", names: ["Evil Corp"], country: "RU", motive: "financial" },
  { name: "Vice Society", names: ["Vice Society"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Hive", names: ["Hive ransomware"], country: null, motive: "financial", malware: "ransomware" },
  { name: "DarkSide", names: ["DarkSide"], country: "RU", motive: "financial", malware: "ransomware" },
  { name: "RansomHouse", names: ["RansomHouse"], country: null, motive: "financial", malware: "ransomware" },
  { name: "RansomHub", names: ["RansomHub"], country: null, motive: "financial", malware: "ransomware" },
  { name: "BlackSuit", names: ["BlackSuit"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Royal", names: ["Royal ransomware"], country: null, motive: "financial", malware: "ransomware" },
  { name: "8Base", names: ["8Base"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Hunters International", names: ["Hunters International"], country: null, motive: "financial", malware: "ransomware" },
  { name: "BianLian", names: ["BianLian"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Cactus", names: ["Cactus ransomware"], country: null, motive: "financial", malware: "ransomware" },
  { name: "NoEscape", names: ["NoEscape"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Ragnar Locker", names: ["Ragnar ?Locker"], country: null, motive: "financial", malware: "ransomware" },
  { name: "NetWalker", names: ["NetWalker"], country: null, motive: "financial", malware: "ransomware" },
  { name: "DoppelPaymer", names: ["DoppelPaymer"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Avaddon", names: ["Avaddon"], country: null, motive: "financial", malware: "ransomware" },
  { name: "Trigona", names: ["Trigona"], country: null, motive: "financial", malware: "ransomware" },
];

/**
 * Malware families often named in the news. Hand-kept; a family is never an organisation, so
 * "WannaCry hit 200,000 victims" names no victim called WannaCry.
 */
export const KNOWN_MALWARE: readonly string[] = [
  "WannaCry", "WannaCrypt", "NotPetya", "Petya", "Locky", "Cerber", "CryptoLocker", "CryptoWall", "TeslaCrypt", "GandCrab", "Ryuk",
  "Maze", "Sodinokibi", "Dharma", "Phobos", "STOP/Djvu", "Emotet", "TrickBot", "Qakbot", "QBot", "Dridex", "Zeus", "ZeuS", "Gozi",
  "IcedID", "Ursnif", "Necurs", "Mirai", "Gafgyt", "Adwind", "njRAT", "DarkComet", "Agent Tesla", "FormBook", "LokiBot", "RedLine",
  "Raccoon Stealer", "Vidar", "Cobalt Strike", "Pegasus", "Stuxnet", "Triton", "Industroyer", "BlackEnergy", "Olympic Destroyer",
  "Shamoon", "GoldenEye", "Jigsaw", "Satan", "SamSam", "BadRabbit", "Bad Rabbit", "Conficker", "Kelihos", "Andromeda",
  "WanaCrypt0r", "Mamba", "Gh0st RAT", "PlugX", "PoisonIvy", "Poison Ivy", "Carberp", "Citadel", "SpyEye",
  "Dyre", "Kovter", "Hancitor", "Ramnit", "Tinba", "Neverquest", "Sality", "Zbot", "Flame", "Duqu", "Regin", "Uroburos",
];
