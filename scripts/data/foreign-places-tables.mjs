// Hand-written tables for foreign-places.mjs: what the packages lack or spell otherwise.
// Russian and Kazakh forms are the ones the press and the encyclopaedias of Russia and
// Kazakhstan use; where Kazakh writes a foreign city as Russian does, kk repeats ru.

// ISO 3166-1 entries that are not independent states (dependencies, territories, areas
// without a government of their own). They are listed as `country` rows (people ask about
// Greenland or Hong Kong as about a country), but their capitals get no `city` row.
export const NOT_SOVEREIGN = new Set([
  'AS', 'AI', 'AQ', 'AW', 'AX', 'BL', 'BM', 'BQ', 'BV', 'CC', 'CK', 'CW', 'CX', 'EH', 'FK', 'FO',
  'GF', 'GG', 'GI', 'GL', 'GP', 'GS', 'GU', 'HK', 'HM', 'IM', 'IO', 'JE', 'KY', 'MF', 'MO', 'MP',
  'MQ', 'MS', 'NC', 'NF', 'NU', 'PF', 'PM', 'PN', 'PR', 'RE', 'SH', 'SJ', 'SX', 'TC', 'TF', 'TK',
  'UM', 'VG', 'VI', 'WF', 'YT',
]);

// The everyday name where i18n-iso-countries' first (official) name is not the one people
// use. Only the primary column changes; the package's names stay among the other names.
export const PRIMARY = {
  en: {
    CN: 'China', US: 'United States', RU: 'Russia', IR: 'Iran', TZ: 'Tanzania', GM: 'Gambia',
    MK: 'North Macedonia', PS: 'Palestine', TW: 'Taiwan', CZ: 'Czechia', FK: 'Falkland Islands',
    PN: 'Pitcairn Islands', AX: 'Åland Islands', VA: 'Vatican City', CD: 'DR Congo', CG: 'Republic of the Congo',
    CI: 'Ivory Coast', TR: 'Turkey', SY: 'Syria', LA: 'Laos', VN: 'Vietnam', BO: 'Bolivia',
    VE: 'Venezuela', MD: 'Moldova', FM: 'Micronesia', KR: 'South Korea', KP: 'North Korea',
    BN: 'Brunei', GB: 'United Kingdom', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands',
  },
  ru: {
    CN: 'Китай', RU: 'Россия', KG: 'Кыргызстан', PS: 'Палестина', TW: 'Тайвань', US: 'США',
    KP: 'Северная Корея', KR: 'Южная Корея', AE: 'ОАЭ', TM: 'Туркменистан', EH: 'Западная Сахара',
    VG: 'Британские Виргинские острова', VI: 'Виргинские острова США',
  },
  kk: {
    CZ: 'Чехия', MM: 'Мьянма', PS: 'Палестина', SZ: 'Эсватини', MK: 'Солтүстік Македония',
    CD: 'Конго Демократиялық Республикасы', US: 'АҚШ',
  },
};

// Further names people use, any language (added to the 5th column).
export const EXTRA_COUNTRY_NAMES = {
  US: ['America', 'United States of America', 'Америка', 'Соединённые Штаты Америки', 'Штаты', 'Америка Құрама Штаттары'],
  CN: ['PRC', 'КНР', 'Китайская Народная Республика', 'ҚХР', 'Қытай Халық Республикасы'],
  RU: ['Russian Federation', 'РФ', 'Российская Федерация', 'Ресей Федерациясы'],
  GB: ['Britain', 'Great Britain', 'England', 'Англия', 'Британия', 'Ұлыбритания'],
  KG: ['Kirghizia', 'Kyrgyz Republic', 'Киргизия', 'Қырғыз Республикасы'],
  KP: ['DPRK', 'КНДР', 'Солтүстік Корея'],
  KR: ['Республика Корея', 'Корея Республикасы'],
  AE: ['Emirates', 'UAE', 'Эмираты', 'Объединённые Арабские Эмираты', 'БАӘ'],
  BY: ['Белоруссия'],
  MD: ['Молдавия'],
  MM: ['Burma', 'Бирма'],
  CD: ['DRC', 'Congo-Kinshasa', 'ДРК', 'Демократическая Республика Конго'],
  CG: ['Congo-Brazzaville', 'Республика Конго'],
  NL: ['Holland', 'Голландия'],
  VA: ['Vatican', 'Holy See', 'Ватикан'],
  TR: ['Türkiye', 'Турецкая Республика'],
  IR: ['Persia', 'Персия'],
  DE: ['ФРГ'],
  TM: ['Туркмения'],
};

// Names dropped wherever a package offers them: they are ordinary words or too ambiguous.
//   "US"/"U.S." is the English pronoun "us"; "Congo" names two countries.
export const STOP_NAMES = new Set(['us', 'u.s.', 'congo', 'конго']);

// Capitals: English spellings our answers use where countries-list spells them otherwise.
export const CAPITAL_EN = {
  'Ulan Bator': 'Ulaanbaatar',
  'Washington D.C.': 'Washington',
  'Vatican City': null, // the country row names it
  Singapore: null,
  Monaco: null,
  Luxembourg: null,
  Djibouti: null,
};

// Russian and Kazakh names of the capitals that have no time zone of their own in CLDR
// (CLDR names a time zone after one city; these capitals share a zone named after another).
export const CAPITAL_NAMES = {
  'Andorra la Vella': ['Андорра-ла-Велья'],
  'Abu Dhabi': ['Абу-Даби', 'Әбу-Даби'],
  "Saint John's": ['Сент-Джонс'],
  Canberra: ['Канберра'],
  Bridgetown: ['Бриджтаун'],
  Manama: ['Манама'],
  Gitega: ['Гитега'],
  'Bandar Seri Begawan': ['Бандар-Сери-Бегаван'],
  Sucre: ['Сукре'],
  'Brasília': ['Бразилиа'],
  Belmopan: ['Бельмопан'],
  Ottawa: ['Оттава'],
  Bern: ['Берн'],
  Yamoussoukro: ['Ямусукро'],
  'Yaoundé': ['Яунде'],
  Beijing: ['Пекин', 'Бейжің'],
  'San José': ['Сан-Хосе'],
  Praia: ['Прая'],
  Roseau: ['Розо'],
  Quito: ['Кито'],
  Suva: ['Сува'],
  Palikir: ['Паликир'],
  "St. George's": ['Сент-Джорджес'],
  'Guatemala City': ['Гватемала'],
  Georgetown: ['Джорджтаун'],
  'New Delhi': ['Нью-Дели'],
  Kingston: ['Кингстон'],
  'South Tarawa': ['Южная Тарава', 'Оңтүстік Тарава'],
  Moroni: ['Морони'],
  Basseterre: ['Бастер'],
  'Kuwait City': ['Эль-Кувейт'],
  Castries: ['Кастри'],
  Rabat: ['Рабат'],
  Naypyidaw: ['Нейпьидо'],
  Valletta: ['Валлетта'],
  'Port Louis': ['Порт-Луи'],
  'Malé': ['Мале'],
  Lilongwe: ['Лилонгве'],
  Abuja: ['Абуджа'],
  Yaren: ['Ярен'],
  Wellington: ['Веллингтон'],
  'Panama City': ['Панама'],
  Islamabad: ['Исламабад'],
  Ramallah: ['Рамалла'],
  Ngerulmud: ['Нгерулмуд'],
  Doha: ['Доха'],
  Honiara: ['Хониара'],
  Victoria: ['Виктория'],
  'City of San Marino': ['Сан-Марино'],
  'San Salvador': ['Сан-Сальвадор'],
  Lobamba: ['Лобамба'],
  "Nuku'alofa": ['Нукуалофа'],
  Ankara: ['Анкара'],
  Dodoma: ['Додома'],
  Washington: ['Вашингтон'],
  Kingstown: ['Кингстаун'],
  Hanoi: ['Ханой'],
  'Port Vila': ['Порт-Вила'],
  Pristina: ['Приштина'],
  "Sana'a": ['Сана'],
  Pretoria: ['Претория'],
};

// Other spellings of capitals (5th column).
export const CAPITAL_OTHER = {
  Kyiv: ['Kiev', 'Київ'],
  Ulaanbaatar: ['Ulan Bator', 'Улан-Батор', 'Ұлан-Батор'],
  Beijing: ['Peking'],
  Ashgabat: ['Ashkhabad', 'Ашғабат'],
  Bishkek: ['Бішкек'],
  Tashkent: ['Тошкент'],
  'New Delhi': ['Delhi', 'Дели'],
  Washington: ['Washington, D.C.', 'Washington DC'],
  'Chișinău': ['Chisinau', 'Кишинёв'],
  Moscow: [],
};

// Large cities, not capitals, that people in Kazakhstan mention: en -> [ru, kk] when CLDR
// has no time zone named after them; [] when CLDR's exemplar-city names are used.
export const LARGE_CITIES = {
  'Saint Petersburg': ['Санкт-Петербург', 'Санкт-Петербург'],
  Novosibirsk: [],
  Omsk: [],
  Orenburg: ['Оренбург', 'Орынбор'],
  Yekaterinburg: [],
  Chelyabinsk: ['Челябинск', 'Челябі'],
  Barnaul: [],
  Astrakhan: [],
  Samara: [],
  Volgograd: [],
  Saratov: [],
  Tyumen: ['Тюмень', 'Түмен'],
  Ufa: ['Уфа', 'Уфа'],
  Krasnoyarsk: [],
  Tomsk: [],
  Samarkand: [],
  Bukhara: ['Бухара', 'Бұқара'],
  Namangan: ['Наманган', 'Наманған'],
  Andijan: ['Андижан', 'Әндіжан'],
  Fergana: ['Фергана', 'Ферғана'],
  Nukus: ['Нукус', 'Нөкіс'],
  Osh: ['Ош', 'Ош'],
  'Cholpon-Ata': ['Чолпон-Ата', 'Шолпан-Ата'],
  Urumqi: [],
  Kashgar: ['Кашгар', 'Қашқар'],
  Ghulja: ['Кульджа', 'Құлжа'],
  'La Paz': [],
  Shanghai: [],
  Guangzhou: ['Гуанчжоу', 'Гуанчжоу'],
  Istanbul: [],
  Antalya: ['Анталья', 'Анталия'],
  Dubai: [],
  Mecca: ['Мекка', 'Мекке'],
  'New York': [],
  'Los Angeles': [],
};

export const LARGE_CITY_OTHER = {
  'Saint Petersburg': ['St Petersburg', 'St. Petersburg', 'Petersburg', 'Leningrad', 'Петербург', 'Питер', 'Ленинград'],
  Urumqi: ['Ürümqi', 'Урумчи', 'Үрімжі'],
  Astrakhan: ['Аштархан'],
  Ghulja: ['Yining', 'Кульжа', 'Инин'],
  Mecca: ['Makkah', 'Мекке'],
  'New York': ['NYC', 'Нью Йорк'],
  Yekaterinburg: ['Ekaterinburg'],
  Bukhara: ['Бұхара'],
  Fergana: ['Ferghana'],
  Kashgar: ['Kashi'],
};

// Adjectives and demonyms of the neighbours and a few big countries. A country may have
// several rows (variant forms); the 5th column is the country's English name.
export const ADJECTIVES = [
  ['Uzbek', 'узбекский', 'өзбек', 'Uzbekistan'],
  ['Kyrgyz', 'кыргызский', 'қырғыз', 'Kyrgyzstan'],
  ['Kirghiz', 'киргизский', 'қырғыз', 'Kyrgyzstan'],
  ['Chinese', 'китайский', 'қытай', 'China'],
  ['Russian', 'российский', 'ресейлік', 'Russia'],
  ['Russian', 'русский', 'орыс', 'Russia'],
  ['Turkmen', 'туркменский', 'түрікмен', 'Turkmenistan'],
  ['Mongolian', 'монгольский', 'моңғол', 'Mongolia'],
  ['Tajik', 'таджикский', 'тәжік', 'Tajikistan'],
  ['American', 'американский', 'америкалық', 'United States'],
  ['Turkish', 'турецкий', 'түрік', 'Turkey'],
];

// Foreign places deliberately left out, though people mention them: their name is also one
// of ours or an everyday word. The run fails if a package brings one of these names in.
export const LEFT_OUT = {
  Khorgos: 'Khorgos/Хоргос/Қорғас is also the Kazakh border town and dry port (the Chinese town is Horgos)',
  Horgos: 'see Khorgos',
  'Хоргос': 'see Khorgos',
  'Қорғас': 'see Khorgos',
  Aksu: 'Aksu (Xinjiang) is spelt like our Aksu, Pavlodar region',
  Altay: 'Altay (Xinjiang) is spelt like our Altai/Altay (East Kazakhstan)',
  'Petropavlovsk-Kamchatsky': 'Petropavlovsk is the Russian name of our Petropavl',
  Kazan: 'Kazakh Қазан is also the month of October and a cauldron',
  'Қазан': 'see Kazan',
  Kurgan: 'Russian курган / Kazakh қорған are also the common nouns for a burial mound and a fortress',
  'Курган': 'see Kurgan',
  Medina: 'Kazakh Мәдина is a common given name',
  'Мәдина': 'see Medina',
};
