# Compact source of the holdout2 corpus: organizations.
# key: (name, sector, municipality codes, description, parent organization id of the seed or None)
YLIVIESKA = "5cedb801-6934-591f-b267-f604c1c45dc0"   # seed: Ylivieskan kaupunki
SIEVI = "7a3944f8-fec1-5a54-b1d4-7ef41e46c8b8"       # seed: Sievin kunta
POHDE = "799b1974-868e-5e9c-b8ca-2ead0f76b78f"       # seed: Pohjois-Pohjanmaan hyvinvointialue (Pohde)
ALL = "977 208 535 009 746"

ORGS = {
 "kansanop": ("Jokivarren kansanopisto", "education", "208 977 009",
   "Kalajoella toimiva sisäoppilaitosmuotoinen kansanopisto. Lukuvuoden linjoja, lyhytkursseja ja avoimen yliopiston opintoja; opiston ylläpitäjänä toimii kannatusyhdistys.", None),
 "kassa": ("Teollisuusalojen työttömyyskassa TAK, palvelupiste Ylivieska", "third_sector", ALL,
   "Ansiosidonnaista työttömyysturvaa teollisuuden, rakentamisen ja kuljetusalan palkansaajille. Palvelupiste Ylivieskassa on auki sovitusti; pääosa asioinnista hoituu verkossa.", None),
 "ammattiosasto": ("Palvelualojen ammattiosasto Jokilaakso ry", "third_sector", ALL,
   "Kaupan, majoitus- ja ravitsemisalan sekä kiinteistöpalvelujen työntekijöiden paikallinen ammattiosasto. Luottamushenkilöt neuvovat jäseniä työsuhdeasioissa.", None),
 "kaarna": ("Rekrytointitoimisto Kaarna Oy", "company", "977 535 208",
   "Rekrytointeja, suorahakua, henkilöarviointeja ja uudelleensijoitusvalmennusta yrityksille ja julkiselle sektorille. Toimistot Ylivieskassa ja Nivalassa.", None),
 "kipina": ("Työosuuskunta Kipinä", "company", ALL,
   "Jäsentensä omistama työosuuskunta: kevytyrittäjät, keikkatyöläiset ja freelancerit laskuttavat töitään osuuskunnan kautta ja saavat palkan.", None),
 "urheilijat": ("Nivalan Urheilijat ry – Liikkeelle-hanke", "project", "535 746",
   "Yleisurheilu- ja salibandyseuran aikuisten työllisyyshanke (ESR+ 2025–2027). Liikuntaa, talkootyötä ja työhönvalmennusta nivalalaisille ja sieviläisille.", None),
 "kirjasto": ("Ylivieskan kaupunginkirjasto", "municipality", "977",
   "Pääkirjasto keskustassa ja kirjastoauto. Lainaamme kirjojen lisäksi laitteita, tiloja ja työkaluja.", YLIVIESKA),
 "kalsrk": ("Kalajoen seurakunta", "third_sector", "208",
   "Kalajoen evankelis-luterilainen seurakunta: diakoniatyö, perheasiat, leirikeskus ja kohtaamispaikat. Apua saa kirkkoon kuulumisesta riippumatta.", None),
 "kao": ("Kalajokilaakson ammattiopisto KAO", "education", ALL,
   "Ammatillisia perustutkintoja, ammatti- ja erikoisammattitutkintoja sekä lyhytkoulutuksia nuorille ja aikuisille. Toimipisteet Kalajoella, Ylivieskassa ja Nivalassa.", None),
 "avoinamk": ("Perämeren ammattikorkeakoulu – Avoin AMK ja jatkuva oppiminen", "education", ALL,
   "Ammattikorkeakoulun avoimet opinnot, polkuopinnot, täydennyskoulutus ja yritysyhteistyö. Kampus Ylivieskassa, opetusta myös verkossa.", None),
 "tyosuojelu": ("Työsuojeluviranomainen, Pohjois-Suomen työsuojelun vastuualue", "state_agency", ALL,
   "Valtion työsuojeluviranomainen valvoo työsuhteen ehtojen, työajan, työturvallisuuden ja yhdenvertaisuuden toteutumista työpaikoilla sekä neuvoo työntekijöitä ja työnantajia.", None),
 "vuokra": ("Ylivieskan Vuokra-asunnot Oy", "municipality", "977",
   "Ylivieskan kaupungin omistama vuokrataloyhtiö: noin 900 kohtuuhintaista vuokra-asuntoa, asumisneuvonta ja kiinteistöhuolto.", YLIVIESKA),
 "klubitalo": ("Klubitalo Majakka ry", "third_sector", ALL,
   "Mielenterveyskuntoutujien työpainotteinen yhteisö Clubhouse-mallin mukaan. Jäsenyys on maksuton ja vapaaehtoinen.", None),
 "pohde_ips": ("Pohde – mielenterveyskuntoutuksen avopalvelut ja IPS, Jokilaaksot", "wellbeing_county", ALL,
   "Hyvinvointialueen aikuispsykiatrian avopalvelujen kuntoutusyksikkö: kuntoutusohjaus, ryhmät ja IPS-työhönvalmennus.", POHDE),
 "virtaus": ("Valmennus Virtaus Oy", "private_provider", ALL,
   "Työnohjaus-, valmennus- ja työhyvinvointiyritys. Valmentajina työnohjaajia, psykoterapeutteja ja uravalmentajia.", None),
 "nordlys": ("Nordlys Career Services Oy", "private_provider", "977 208",
   "Career services for international professionals and their spouses in Northern Ostrobothnia. Karriärtjänster även på svenska.", None),
 "kiintopiste": ("Kiintopiste ry", "third_sector", ALL,
   "Rikos- ja päihdetaustaisten ihmisten ja heidän läheistensä tukijärjestö: vapautumisvaiheen tuki, asuminen, vertaisryhmät ja työllistyminen.", None),
 "kaveri": ("Vapaaehtoiskeskus Kaveri ry", "third_sector", "977 009 746",
   "Välitämme vapaaehtoistehtäviä, kaveritoimintaa ja arjen apua Ylivieskassa, Alavieskassa ja Sievissä.", None),
 "sievi_vapaa": ("Sievin kunnan vapaa-aika- ja nuorisopalvelut", "municipality", "746",
   "Sievin kunnan nuorisotyö, etsivä nuorisotyö, nuorten työpaja ja liikuntapalvelut.", SIEVI),
}
