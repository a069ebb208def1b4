#include "demogenerator.h"

#include "identity/identityvigilance.h"
#include "identity/nir.h"

#include <QRegularExpression>

namespace Officine::Demo {

namespace {

const char* const kFamilyNames[] = {
    "Martin",     "Bernard",    "Thomas",   "Petit",       "Robert",    "Richard",   "Durand",
    "Dubois",     "Moreau",     "Laurent",  "Simon",       "Michel",    "Lefèvre",   "Leroy",
    "Roux",       "David",      "Bertrand", "Morel",       "Fournier",  "Girard",    "Bonnet",
    "Dupont",     "Lambert",    "Fontaine", "Rousseau",    "Vincent",   "Muller",    "Lefebvre",
    "Faure",      "André",      "Mercier",  "Blanc",       "Guérin",    "Boyer",     "Garnier",
    "Chevalier",  "François",   "Legrand",  "Gauthier",    "Garcia",    "Perrin",    "Robin",
    "Clément",    "Morin",      "Nicolas",  "Henry",       "Roussel",   "Mathieu",   "Gautier",
    "Masson",     "Marchand",   "Duval",    "Denis",       "Dumont",    "Marie",     "Lemaire",
    "Noël",       "Meyer",      "Dufour",   "Meunier",     "Brun",      "Blanchard", "Giraud",
    "Joly",       "Rivière",    "Lucas",    "Brunet",      "Gaillard",  "Barbier",   "Arnaud",
    "Martinez",   "Gérard",     "Roche",    "Renard",      "Schmitt",   "Roy",       "Leroux",
    "Colin",      "Vidal",      "Caron",    "Picard",      "Roger",     "Fabre",     "Aubert",
    "Lemoine",    "Renaud",     "Dumas",    "Lacroix",     "Olivier",   "Philippe",  "Bourgeois",
    "Pierre",     "Benoît",     "Rey",      "Leclerc",     "Payet",     "Rolland",   "Leclercq",
    "Guillaume",  "Lecomte",    "Lopez",    "Jean",        "Dupuy",     "Guillot",   "Hubert",
    "Berger",     "Carpentier", "Sanchez",  "Dupuis",      "Moulin",    "Louis",     "Deschamps",
    "Huet",       "Vasseur",    "Perez",    "Boucher",     "Fleury",    "Royer",     "Klein",
    "Jacquet",    "Adam",       "Paris",    "Poirier",     "Marty",     "Aubry",     "Guyot",
    "Carré",      "Charles",    "Renault",  "Charpentier", "Ménard",    "Maillard",  "Baron",
    "Bertin",     "Bailly",     "Hervé",    "Schneider",   "Fernandez", "Le Gall",   "Collet",
    "Léger",      "Bouvier",    "Julien",   "Prévost",     "Millet",    "Perrot",    "Daniel",
    "Le Roux",    "Cousin",     "Germain",  "Breton",      "Besson",    "Langlois",  "Rémy",
    "Le Goff",    "Pelletier",  "Lévêque",  "Perrier",     "Leblanc",   "Barré",     "Lebrun",
    "Marchal",    "Weber",      "Mallet",   "Hamon",       "Boulanger", "Jacob",     "Monnier",
    "Michaud",    "Rodriguez",  "Guichard", "Gillet",      "Étienne",   "Grondin",   "Poulain",
    "Tessier",    "Chevallier", "Collin",   "Chauvin",     "Da Silva",  "Bouchet",   "Gay",
    "Lemaître",   "Bénard",     "Maréchal", "Humbert",     "Reynaud",   "Antoine",   "Hoarau",
    "Perret",     "Barthélémy", "Cordier",  "Pichon",      "Lejeune",   "Gilbert",   "Lamy",
    "Delaunay",   "Pasquier",   "Carlier",  "Laporte",     "Nguyen",    "Benali",    "Haddad",
    "Diallo",     "Ferreira",   "Kowalski", "N'Diaye",     "Lefort",    "d'Arbois",  "Œillet",
    "Saint-Jean", "Le Bihan",   "Quéméner", "Ollivier",    "Tanguy",    "Ézanno",
};

const char* const kFemaleGiven[] = {
    "Marie",       "Jeanne",       "Françoise", "Monique", "Catherine", "Nathalie",   "Isabelle", "Sylvie",
    "Anne",        "Martine",      "Christine", "Sophie",  "Valérie",   "Sandrine",   "Julie",    "Camille",
    "Léa",         "Manon",        "Chloé",     "Emma",    "Inès",      "Jade",       "Louise",   "Alice",
    "Hélène",      "Claire",       "Élise",     "Odette",  "Simone",    "Geneviève",  "Yvette",   "Colette",
    "Thérèse",     "Brigitte",     "Chantal",   "Nicole",  "Agnès",     "Bernadette", "Mireille", "Josiane",
    "Anne-Sophie", "Marie-Claire", "Zoé",       "Lucie",   "Margaux",   "Amandine",   "Aurélie",  "Céline",
};

const char* const kMaleGiven[] = {
    "Jean",        "Pierre",      "Michel",  "André",      "Philippe",  "Alain",   "Bernard",   "Jacques",
    "Daniel",      "Patrick",     "Nicolas", "Christophe", "Stéphane",  "Laurent", "Thomas",    "Julien",
    "Lucas",       "Hugo",        "Louis",   "Gabriel",    "Arthur",    "Léo",     "Raphaël",   "Jules",
    "René",        "Roger",       "Marcel",  "Gérard",     "Claude",    "Henri",   "Maurice",   "Robert",
    "François",    "Éric",        "Olivier", "Frédéric",   "Sébastien", "Mathieu", "Antoine",   "Benoît",
    "Jean-Pierre", "Jean-Claude", "Noé",     "Théo",       "Maxime",    "Romain",  "Guillaume", "Yves",
};

const char* const kStreetTypes[]
    = {"rue", "avenue", "boulevard", "place", "allée", "impasse", "chemin", "quai"};
const char* const kStreetNames[] = {
    "des Lilas",     "Victor-Hugo",  "de la République", "Jean-Jaurès",    "du Général-de-Gaulle",
    "Pasteur",       "des Tilleuls", "de la Gare",       "Voltaire",       "des Écoles",
    "du Moulin",     "Gambetta",     "de l'Église",      "des Peupliers",  "Émile-Zola",
    "de la Liberté", "des Acacias",  "Jules-Ferry",      "du Château",     "de Verdun",
    "Marie-Curie",   "des Roses",    "du Stade",         "Anatole-France", "de la Fontaine",
};

struct City
{
    const char* name;
    const char* postalCode;
    const char* inseeBirth; ///< commune code used in a NIR for a birth there
};

const City kCities[] = {
    {"Paris", "75015", "75115"},
    {"Lyon", "69003", "69383"},
    {"Marseille", "13005", "13205"},
    {"Toulouse", "31000", "31555"},
    {"Nice", "06000", "06088"},
    {"Nantes", "44000", "44109"},
    {"Strasbourg", "67000", "67482"},
    {"Montpellier", "34000", "34172"},
    {"Bordeaux", "33000", "33063"},
    {"Lille", "59000", "59350"},
    {"Rennes", "35000", "35238"},
    {"Reims", "51100", "51454"},
    {"Le Havre", "76600", "76351"},
    {"Saint-Étienne", "42000", "42218"},
    {"Toulon", "83000", "83137"},
    {"Grenoble", "38000", "38185"},
    {"Dijon", "21000", "21231"},
    {"Angers", "49000", "49007"},
    {"Nîmes", "30000", "30189"},
    {"Villeurbanne", "69100", "69266"},
    {"Clermont-Ferrand", "63000", "63113"},
    {"Le Mans", "72000", "72181"},
    {"Aix-en-Provence", "13100", "13001"},
    {"Brest", "29200", "29019"},
    {"Tours", "37000", "37261"},
    {"Amiens", "80000", "80021"},
    {"Limoges", "87000", "87085"},
    {"Annecy", "74000", "74010"},
    {"Perpignan", "66000", "66136"},
    {"Metz", "57000", "57463"},
    {"Besançon", "25000", "25056"},
    {"Orléans", "45000", "45234"},
    {"Rouen", "76000", "76540"},
    {"Caen", "14000", "14118"},
    {"Nancy", "54000", "54395"},
    {"Ajaccio", "20000", "2A004"},
    {"Bastia", "20200", "2B033"},
    {"Poitiers", "86000", "86194"},
    {"Pau", "64000", "64445"},
    {"La Rochelle", "17000", "17300"},
};

const QRegularExpression& nonAddressCharacters()
{
    static const QRegularExpression re(QStringLiteral(R"([^a-z.\-])"));
    return re;
}

} // namespace

DemoGenerator::DemoGenerator(quint64 seed, QDate today)
    : m_rng(seed)
    , m_today(today)
{
}

int DemoGenerator::familyNameCount()
{
    return static_cast<int>(std::size(kFamilyNames));
}

int DemoGenerator::uniform(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(m_rng);
}

Model::Patient DemoGenerator::nextPatient()
{
    Model::Patient p;
    const bool female = uniform(0, 99) < 53;
    p.sex = female ? Model::Sex::Female : Model::Sex::Male;
    p.birthFamilyName = QString::fromUtf8(pick(kFamilyNames));
    const int givenCount = uniform(1, 3);
    QStringList given;
    while (given.size() < givenCount) {
        const QString name = QString::fromUtf8(female ? pick(kFemaleGiven) : pick(kMaleGiven));
        if (!given.contains(name)) {
            given << name;
        }
    }
    p.givenNames = given.join(u' ');
    if (female && uniform(0, 99) < 35) {
        p.usedFamilyName = QString::fromUtf8(pick(kFamilyNames));
    }
    // Ages skewed towards the elderly, like a pill-organiser clientele.
    const int age = uniform(0, 99) < 60 ? uniform(65, 98) : uniform(1, 64);
    QDate birth(m_today.year() - age, uniform(1, 12), 1);
    birth = birth.addDays(uniform(0, birth.daysInMonth() - 1));
    if (birth > m_today) {
        birth = birth.addYears(-1);
    }
    p.birthDate = birth;

    const City& birthCity = pick(kCities);
    const QString insee = QString::fromLatin1(birthCity.inseeBirth);
    p.birthPlaceCode = insee;
    const QString first13 = QString::number(female ? 2 : 1)
        + QStringLiteral("%1").arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
        + QStringLiteral("%1").arg(birth.month(), 2, 10, QLatin1Char('0')) + insee
        + QStringLiteral("%1").arg(uniform(1, 999), 3, 10, QLatin1Char('0'));
    p.nir = first13 + QStringLiteral("%1").arg(Identity::Nir::computeKey(first13), 2, 10, QLatin1Char('0'));
    p.insOid = Identity::kOidInsDemo;

    // Identity statuses as a pharmacy has them: many provisional files, most of the others
    // qualified. The evidence is recorded by a fictitious titulaire.
    const int evidence = uniform(0, 99);
    const QDateTime checkedAt(m_today.addDays(-uniform(1, 900)), QTime(10, 0), Qt::UTC);
    if ((evidence >= 40 && evidence < 55) || evidence >= 70) {
        p.insi = {checkedAt,
                  QStringLiteral("demo"),
                  QStringLiteral("Claire DÉMO"),
                  QStringLiteral("vitale"),
                  p.nir,
                  p.insOid,
                  p.traits()};
    }
    if (evidence >= 55) {
        p.document = {evidence >= 70 ? QStringLiteral("PA") : QStringLiteral("CN"),
                      {},
                      QStringLiteral("demo"),
                      QStringLiteral("Claire DÉMO"),
                      checkedAt};
    }
    p.identityStatus = Identity::Vigilance::statusFor(p);

    const City& home = pick(kCities);
    p.addressLine = QStringLiteral("%1 %2 %3")
                        .arg(uniform(1, 180))
                        .arg(QString::fromUtf8(pick(kStreetTypes)), QString::fromUtf8(pick(kStreetNames)));
    p.postalCode = QString::fromLatin1(home.postalCode);
    p.city = QString::fromUtf8(home.name);
    // ARCEP numbers reserved for fiction.
    if (uniform(0, 1)) {
        p.mobilePhone = QStringLiteral("06 39 98 %1 %2")
                            .arg(uniform(0, 99), 2, 10, QLatin1Char('0'))
                            .arg(uniform(0, 99), 2, 10, QLatin1Char('0'));
    } else {
        p.phone = QStringLiteral("01 99 00 %1 %2")
                      .arg(uniform(0, 99), 2, 10, QLatin1Char('0'))
                      .arg(uniform(0, 99), 2, 10, QLatin1Char('0'));
    }
    if (uniform(0, 99) < 40) {
        const QString local
            = (given.first() + u'.' + (p.usedFamilyName.isEmpty() ? p.birthFamilyName : p.usedFamilyName))
                  .toLower()
                  .normalized(QString::NormalizationForm_D)
                  .remove(nonAddressCharacters());
        p.email = local + QStringLiteral("@example.org");
    }
    return p;
}

Result<int> DemoGenerator::populate(Storage::Store& store, int count, const Storage::WriteContext& ctx,
                                    int batchSize)
{
    Storage::PatientRepository repo(store);
    int inserted = 0;
    while (inserted < count) {
        auto tx = Storage::Transaction::begin(store);
        if (!tx) {
            return fail(tx.error());
        }
        const int end = std::min(count, inserted + batchSize);
        for (; inserted < end; ++inserted) {
            Model::Patient p = nextPatient();
            if (auto r = repo.insert(p, ctx); !r) {
                return fail(r.error());
            }
        }
        if (auto c = tx->commit(); !c) {
            return fail(c.error());
        }
    }
    return inserted;
}

} // namespace Officine::Demo
