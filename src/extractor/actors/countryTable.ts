/**
 * A general country table: names, adjectives (demonyms) and capitals/metonyms → ISO 3166-1 alpha-2.
 * Covers the UN member states (names and adjectives) and major capitals; not tuned to any corpus.
 * One row per country: `CODE|names|adjectives|capitals and metonyms`, alternatives separated by `;`.
 */
import { PhraseMatcher } from '../phraseMatcher';

const ROWS = `AF|Afghanistan|Afghan|Kabul
AL|Albania|Albanian|Tirana
DZ|Algeria|Algerian|Algiers
AD|Andorra|Andorran|
AO|Angola|Angolan|Luanda
AG|Antigua and Barbuda|Antiguan|
AR|Argentina|Argentine;Argentinian|Buenos Aires;Casa Rosada
AM|Armenia|Armenian|Yerevan
AU|Australia|Australian|Canberra
AT|Austria|Austrian|Vienna
AZ|Azerbaijan|Azerbaijani;Azeri|Baku
BS|the Bahamas;Bahamas|Bahamian|Nassau
BH|Bahrain|Bahraini|Manama
BD|Bangladesh|Bangladeshi|Dhaka
BB|Barbados|Barbadian|
BY|Belarus|Belarusian;Belarussian|Minsk
BE|Belgium|Belgian|Brussels
BZ|Belize|Belizean|Belmopan
BJ|Benin|Beninese|Porto-Novo
BT|Bhutan|Bhutanese|Thimphu
BO|Bolivia|Bolivian|La Paz
BA|Bosnia and Herzegovina;Bosnia|Bosnian|Sarajevo
BW|Botswana|Botswanan|Gaborone
BR|Brazil|Brazilian|Brasilia;Brasília
BN|Brunei|Bruneian|
BG|Bulgaria|Bulgarian|Sofia
BF|Burkina Faso|Burkinabe|Ouagadougou
BI|Burundi|Burundian|Gitega
CV|Cape Verde;Cabo Verde|Cape Verdean|Praia
KH|Cambodia|Cambodian|Phnom Penh
CM|Cameroon|Cameroonian|Yaounde
CA|Canada|Canadian|Ottawa
CF|Central African Republic|Central African|Bangui
TD|Chad|Chadian|N'Djamena
CL|Chile|Chilean|Santiago
CN|China;People's Republic of China;PRC;P.R.C.;Mainland China|Chinese|Beijing;Peking;Zhongnanhai
CO|Colombia|Colombian|Bogota;Bogotá
KM|Comoros|Comoran|
CG|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
CD|Democratic Republic of the Congo;DR Congo;DRC|Congolese|Kinshasa
CR|Costa Rica|Costa Rican|San Jose
CI|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian|Abidjan;Yamoussoukro
HR|Croatia|Croatian|Zagreb
CU|Cuba|Cuban|Havana
CY|Cyprus|Cypriot|Nicosia
CZ|Czech Republic;Czechia|Czech|Prague
DK|Denmark|Danish|Copenhagen
DJ|Djibouti|Djiboutian|
DM|Dominica|Dominican|Roseau
DO|Dominican Republic||Santo Domingo
EC|Ecuador|Ecuadorian|Quito
EG|Egypt|Egyptian|Cairo
SV|El Salvador|Salvadoran|San Salvador
GQ|Equatorial Guinea|Equatoguinean|Malabo
ER|Eritrea|Eritrean|Asmara
EE|Estonia|Estonian|Tallinn
SZ|Eswatini;Swaziland|Swazi|Mbabane
ET|Ethiopia|Ethiopian|Addis Ababa
FJ|Fiji|Fijian|Suva
FI|Finland|Finnish|Helsinki
FR|France|French|Paris;the Elysee;the Élysée;Elysee;Élysée;Quai d'Orsay
GA|Gabon|Gabonese|Libreville
GM|the Gambia;Gambia|Gambian|Banjul
GE|Georgia|Georgian|Tbilisi
DE|Germany|German|Berlin
GH|Ghana|Ghanaian|Accra
GR|Greece|Greek|Athens
GD|Grenada|Grenadian|
GT|Guatemala|Guatemalan|Guatemala City
GN|Guinea|Guinean|Conakry
GW|Guinea-Bissau|Bissau-Guinean|Bissau
GY|Guyana|Guyanese|
HT|Haiti|Haitian|Port-au-Prince
HN|Honduras|Honduran|Tegucigalpa
HU|Hungary|Hungarian|Budapest
IS|Iceland|Icelandic|Reykjavik
IN|India|Indian|New Delhi
ID|Indonesia|Indonesian|Jakarta
IR|Iran|Iranian|Tehran
IQ|Iraq|Iraqi|Baghdad
IE|Ireland|Irish|Dublin
IL|Israel|Israeli|Jerusalem
IT|Italy|Italian|Rome
JM|Jamaica|Jamaican|
JP|Japan|Japanese|Tokyo
JO|Jordan|Jordanian|Amman
KZ|Kazakhstan|Kazakh;Kazakhstani|Astana;Nur-Sultan
KE|Kenya|Kenyan|Nairobi
KI|Kiribati||Tarawa
KP|North Korea;DPRK;D.P.R.K.|North Korean|Pyongyang
KR|South Korea;Republic of Korea|South Korean|Seoul
KW|Kuwait|Kuwaiti|Kuwait City
KG|Kyrgyzstan|Kyrgyz|Bishkek
LA|Laos|Laotian;Lao|Vientiane
LV|Latvia|Latvian|Riga
LB|Lebanon|Lebanese|Beirut
LS|Lesotho|Basotho|Maseru
LR|Liberia|Liberian|Monrovia
LY|Libya|Libyan|Tripoli
LI|Liechtenstein|Liechtensteiner|Vaduz
LT|Lithuania|Lithuanian|Vilnius
LU|Luxembourg|Luxembourgish|
MG|Madagascar|Malagasy|Antananarivo
MW|Malawi|Malawian|Lilongwe
MY|Malaysia|Malaysian|Kuala Lumpur
MV|Maldives;the Maldives|Maldivian|Male
ML|Mali|Malian|Bamako
MT|Malta|Maltese|Valletta
MH|Marshall Islands|Marshallese|Majuro
MR|Mauritania|Mauritanian|Nouakchott
MU|Mauritius|Mauritian|Port Louis
MX|Mexico|Mexican|Mexico City
FM|Micronesia|Micronesian|Palikir
MD|Moldova|Moldovan|Chisinau;Chişinău
MC|Monaco|Monegasque|
MN|Mongolia|Mongolian|Ulaanbaatar
ME|Montenegro|Montenegrin|Podgorica
MA|Morocco|Moroccan|Rabat
MZ|Mozambique|Mozambican|Maputo
MM|Myanmar;Burma|Myanmar;Burmese|Naypyidaw;Yangon
NA|Namibia|Namibian|Windhoek
NR|Nauru|Nauruan|
NP|Nepal|Nepali;Nepalese|Kathmandu
NL|the Netherlands;Netherlands;Holland|Dutch|Amsterdam;The Hague
NZ|New Zealand|New Zealander|Wellington
NI|Nicaragua|Nicaraguan|Managua
NE|Niger|Nigerien|Niamey
NG|Nigeria|Nigerian|Abuja
MK|North Macedonia;Macedonia|Macedonian|Skopje
NO|Norway|Norwegian|Oslo
OM|Oman|Omani|Muscat
PK|Pakistan|Pakistani|Islamabad
PW|Palau|Palauan|
PS|Palestine;Palestinian Territories;Gaza;West Bank|Palestinian|Ramallah
PA|Panama|Panamanian|Panama City
PG|Papua New Guinea|Papua New Guinean|Port Moresby
PY|Paraguay|Paraguayan|Asuncion;Asunción
PE|Peru|Peruvian|Lima
PH|the Philippines;Philippines|Philippine;Filipino|Manila
PL|Poland|Polish|Warsaw
PT|Portugal|Portuguese|Lisbon
QA|Qatar|Qatari|Doha
RO|Romania|Romanian|Bucharest
RU|Russia;Russian Federation|Russian|Moscow;the Kremlin;Kremlin
RW|Rwanda|Rwandan|Kigali
KN|Saint Kitts and Nevis||Basseterre
LC|Saint Lucia|Saint Lucian|Castries
VC|Saint Vincent and the Grenadines|Vincentian|
WS|Samoa|Samoan|Apia
SM|San Marino|Sammarinese|
ST|Sao Tome and Principe|Santomean|
SA|Saudi Arabia|Saudi;Saudi Arabian|Riyadh
SN|Senegal|Senegalese|Dakar
RS|Serbia|Serbian;Serb|Belgrade
SC|Seychelles|Seychellois|
SL|Sierra Leone|Sierra Leonean|Freetown
SG|Singapore|Singaporean|
SK|Slovakia|Slovak|Bratislava
SI|Slovenia|Slovenian;Slovene|Ljubljana
SB|Solomon Islands|Solomon Islander|Honiara
SO|Somalia|Somali|Mogadishu
ZA|South Africa|South African|Pretoria;Cape Town
SS|South Sudan|South Sudanese|Juba
ES|Spain|Spanish|Madrid
LK|Sri Lanka|Sri Lankan|Colombo
SD|Sudan|Sudanese|Khartoum
SR|Suriname|Surinamese|Paramaribo
SE|Sweden|Swedish|Stockholm
CH|Switzerland|Swiss|Bern;Berne
SY|Syria|Syrian|Damascus
TW|Taiwan;Republic of China|Taiwanese|Taipei
TJ|Tajikistan|Tajik|Dushanbe
TZ|Tanzania|Tanzanian|Dodoma;Dar es Salaam
TH|Thailand|Thai|Bangkok
TL|East Timor;Timor-Leste|Timorese|Dili
TG|Togo|Togolese|Lome;Lomé
TO|Tonga|Tongan|Nuku'alofa
TT|Trinidad and Tobago|Trinidadian|Port of Spain
TN|Tunisia|Tunisian|Tunis
TR|Turkey;Türkiye|Turkish|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
TV|Tuvalu|Tuvaluan|Funafuti
UG|Uganda|Ugandan|Kampala
UA|Ukraine;the Ukraine|Ukrainian|Kyiv;Kiev
AE|United Arab Emirates;UAE;U.A.E.|Emirati|Abu Dhabi;Dubai
GB|United Kingdom;the United Kingdom;UK;U.K.;Britain;Great Britain|British;Briton|London;Downing Street;Whitehall
US|United States;the United States;United States of America;US;U.S.;USA;U.S.A.;America|American|Washington;Washington DC;Washington D.C.;the White House;White House;the Pentagon;Pentagon;Capitol Hill;Foggy Bottom
UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek|Tashkent
VU|Vanuatu|Vanuatuan|Port Vila
VA|Vatican;Holy See;Vatican City||
VE|Venezuela|Venezuelan|Caracas
VN|Vietnam;Viet Nam|Vietnamese|Hanoi
YE|Yemen|Yemeni|Sanaa;Sana'a
ZM|Zambia|Zambian|Lusaka
ZW|Zimbabwe|Zimbabwean|Harare`;

/** How a surface form names a country. */
export type CountryFormKind = 'name' | 'adjective' | 'capital';

/** One surface form of a country. */
export interface CountryForm {
  form: string;
  code: string;
  kind: CountryFormKind;
}

let cache: CountryForm[] | null = null;

/** All country surface forms, including plural demonyms ("Russians", "Americans"). */
export function countryForms(): CountryForm[] {
  if (cache) return cache;
  const forms: CountryForm[] = [];
  for (const row of ROWS.split('\n')) {
    const [code = '', names = '', adjectives = '', capitals = ''] = row.split('|');
    const add = (list: string, kind: CountryFormKind) => {
      for (const f of list.split(';')) {
        const form = f.trim();
        if (!form) continue;
        forms.push({ form, code, kind });
        if (kind === 'adjective' && /an$/.test(form)) forms.push({ form: `${form}s`, code, kind });
        if (kind === 'adjective' && /i$/.test(form) && form !== 'Thai') forms.push({ form: `${form}s`, code, kind });
      }
    };
    add(names, 'name');
    add(adjectives, 'adjective');
    add(capitals, 'capital');
  }
  forms.push({ form: 'Britons', code: 'GB', kind: 'adjective' });
  forms.push({ form: 'Thais', code: 'TH', kind: 'adjective' });
  cache = forms;
  return forms;
}

let matcher: PhraseMatcher<{ code: string; kind: CountryFormKind }> | null = null;

/** All country forms in one phrase matcher (built once). */
export function countryMatcher(): PhraseMatcher<{ code: string; kind: CountryFormKind }> {
  if (matcher) return matcher;
  const m = new PhraseMatcher<{ code: string; kind: CountryFormKind }>();
  for (const f of countryForms()) m.add(f.form, { code: f.code, kind: f.kind });
  matcher = m;
  return m;
}
