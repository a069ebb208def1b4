// The drug catalogue: BDPM files as published (../shared/data/bdpm, never copied here), their
// quirks, broken files, and versions switched in one step.

#include "catalog/bdpm.h"
#include "catalog/catalogrepository.h"
#include "commands/catalogcommands.h"
#include "commands/commandexecutor.h"
#include "prescribing/safety.h"
#include "storage/store.h"
#include "testutil.h"
#include "util/textdecoding.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

using namespace Officine;
using namespace Officine::Catalog;

namespace {

QString bdpmDir()
{
    const QString env = qEnvironmentVariable("OFFICINE_BDPM_DIR");
    return env.isEmpty() ? QStringLiteral(OFFICINE_SOURCE_DIR "/../shared/data/bdpm") : env;
}

/// Non-blank lines of a file, counted on its bytes (independently of the parser).
int nonBlankLines(const QByteArray& bytes)
{
    int n = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            ++n;
        }
    }
    return n;
}

QByteArray cp1252(const QString& text)
{
    // The characters the tests use are all in Latin-1, but ’ (0x92).
    QByteArray out;
    for (QChar c : text) {
        out.append(c == u'’' ? '\x92' : char(c.unicode()));
    }
    return out;
}

/// A small catalogue in the BDPM format: `tag` ends up in the names, so two versions differ.
BdpmSource smallSource(const QString& tag, int products = 3)
{
    BdpmSource s;
    QString cis, cip, compo, gener, cpd;
    for (int i = 0; i < products; ++i) {
        const QString code = QStringLiteral("6%1").arg(1000000 + i, 7, 10, QLatin1Char('0'));
        cis += QStringLiteral("%1\t%2 %3 500 mg, comprimé\tcomprimé\torale\tAutorisation active\tProcédure "
                              "nationale\tCommercialisée\t01/02/2003\t\t\t LABO\tNon\r\n")
                   .arg(code, tag)
                   .arg(i);
        // A valid CIP13: 34009 + 7 digits + key.
        QString body = QStringLiteral("3400930%1").arg(100000 + i, 5, 10, QLatin1Char('0')).left(12);
        int sum = 0;
        for (int k = 0; k < 12; ++k) {
            sum += (body[k].unicode() - u'0') * (k % 2 == 0 ? 1 : 3);
        }
        body += QString::number((10 - sum % 10) % 10);
        cip += QStringLiteral("%1\t%2\tplaquette(s) de 16 comprimé(s)\tPrésentation active\tDéclaration de "
                              "commercialisation\t16/03/2011\t%3\toui\t65%\t1,96\t2,98\t1,02\t\n")
                   .arg(code, QStringLiteral("3%1").arg(100000 + i), body);
        compo
            += QStringLiteral("%1\tcomprimé\t02202\tPARACÉTAMOL\t500 mg\tun comprimé\tSA\t1\t\r\n").arg(code);
        gener += QStringLiteral("%1\tPARACETAMOL 500 mg - %2, comprimé\t%3\t%4\t%5\r\n")
                     .arg(100 + i)
                     .arg(tag, code)
                     .arg(i == 0 ? 0 : 1)
                     .arg(i + 1);
        cpd += QStringLiteral("%1\tliste II\r\n").arg(code);
    }
    s.files.insert(QStringLiteral("CIS_bdpm.txt"), cp1252(cis));
    s.files.insert(QStringLiteral("CIS_CIP_bdpm.txt"), cip.toUtf8());
    s.files.insert(QStringLiteral("CIS_COMPO_bdpm.txt"), cp1252(compo));
    s.files.insert(QStringLiteral("CIS_GENER_bdpm.txt"), cp1252(gener));
    s.files.insert(QStringLiteral("CIS_CPD_bdpm.txt"), cp1252(cpd));
    return s;
}

CatalogRepository::ImportContext context()
{
    CatalogRepository::ImportContext c;
    c.source = QStringLiteral("test");
    c.importedBy = QStringLiteral("01900000-0000-7000-8000-000000000001");
    c.workstationId = QStringLiteral("ws-test");
    c.now = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
    return c;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void windows1252IsDecodedWithItsTypographicSigns()
    {
        const DecodedText d = decodeText(QByteArray("l\x92"
                                                    "enfant \x96 \x85 \x89 \xE9t\xE9"));
        QCOMPARE(d.encoding, DecodedText::Encoding::Windows1252);
        QCOMPARE(d.text, QStringLiteral("l’enfant – … ‰ été"));
        const DecodedText u = decodeText(QStringLiteral("comprimé pelliculé").toUtf8());
        QCOMPARE(u.encoding, DecodedText::Encoding::Utf8);
        QCOMPARE(u.text, QStringLiteral("comprimé pelliculé"));
        // Decomposed input is stored composed (NFC).
        const DecodedText nfd = decodeText(QStringLiteral("e\u0301").toUtf8());
        QCOMPARE(nfd.text, QStringLiteral("é"));
    }

    void pricesRatesCodesAndHtml()
    {
        bool ok = false;
        QCOMPARE(Bdpm::parsePrice(QStringLiteral("24,34"), &ok), std::optional<qint64>(2434));
        QVERIFY(ok);
        QCOMPARE(Bdpm::parsePrice(QStringLiteral("1,234,56"), &ok), std::optional<qint64>(123456));
        QVERIFY(ok);
        QCOMPARE(Bdpm::parsePrice(QStringLiteral("7,5"), &ok), std::optional<qint64>(750));
        QCOMPARE(Bdpm::parsePrice(QString(), &ok), std::nullopt);
        QVERIFY(ok);
        QCOMPARE(Bdpm::parsePrice(QStringLiteral("12 euros"), &ok), std::nullopt);
        QVERIFY(!ok);
        QVERIFY(Bdpm::validCip13(QStringLiteral("3400949497294")));
        QVERIFY(!Bdpm::validCip13(QStringLiteral("3400949497295")));
        QVERIFY(!Bdpm::validCip13(QStringLiteral("340094949729")));
        QCOMPARE(Bdpm::stripHtml(QStringLiteral("Pris en charge :<br>- cas 1<BR/>- cas &amp; 2")),
                 QStringLiteral("Pris en charge :\n- cas 1\n- cas & 2"));
        QCOMPARE(CatalogRepository::listOf(
                     {QStringLiteral("prescription hospitalière"), QStringLiteral("liste I")}),
                 DrugList::ListI);
        QCOMPARE(CatalogRepository::listOf({QStringLiteral("liste I"), QStringLiteral("stupéfiants")}),
                 DrugList::Narcotic);
        QCOMPARE(CatalogRepository::listOf({QStringLiteral("Liste II")}), DrugList::ListII);
        QCOMPARE(CatalogRepository::listOf({QStringLiteral("prescription limitée à 12 semaines")}),
                 DrugList::None);
    }

    void theRealFilesAsPublished()
    {
        const QString dir = bdpmDir();
        QVERIFY2(QFileInfo(dir + QStringLiteral("/CIS_bdpm.txt")).exists(),
                 qPrintable(QStringLiteral("BDPM files expected in %1 (OFFICINE_BDPM_DIR)").arg(dir)));
        auto source = BdpmSource::fromFolder(dir);
        QVERIFY(source);
        auto data = Bdpm::parse(*source);
        QVERIFY2(data, data ? "" : qPrintable(data.error().logText));
        QCOMPARE(int(data->files.size()), 5);
        QHash<QString, FileReport> reports;
        for (const FileReport& f : data->files) {
            reports.insert(f.file, f);
            // Every line accounted for: kept, or refused with its line number and a reason.
            QCOMPARE(f.lines, nonBlankLines(source->files.value(f.file)));
            QCOMPARE(f.accepted + f.rejected, f.lines);
            QCOMPARE(f.encoding,
                     f.file == QLatin1String("CIS_CIP_bdpm.txt") ? QStringLiteral("UTF-8")
                                                                 : QStringLiteral("Windows-1252"));
        }
        for (const RejectedLine& r : data->rejected) {
            QVERIFY(r.line > 0);
            QVERIFY(!r.reason.isEmpty());
        }
        QCOMPARE(int(data->products.size()), reports.value(QStringLiteral("CIS_bdpm.txt")).accepted);
        QCOMPARE(int(data->presentations.size()), reports.value(QStringLiteral("CIS_CIP_bdpm.txt")).accepted);
        QCOMPARE(int(data->components.size()), reports.value(QStringLiteral("CIS_COMPO_bdpm.txt")).accepted);
        QCOMPARE(int(data->generics.size()), reports.value(QStringLiteral("CIS_GENER_bdpm.txt")).accepted);
        QCOMPARE(int(data->conditions.size()), reports.value(QStringLiteral("CIS_CPD_bdpm.txt")).accepted);
        // The files as published are clean but for the quirks: 15,848 spécialités, 20,874
        // presentations; the three COMPO lines with tabs inside the substance's name repaired.
        QCOMPARE(int(data->products.size()), 15848);
        QCOMPARE(int(data->presentations.size()), 20874);
        QCOMPARE(int(data->components.size()), 32340);
        QCOMPARE(reports.value(QStringLiteral("CIS_COMPO_bdpm.txt")).repaired, 3);
        QCOMPARE(int(data->rejected.size()), 0);
        // Files of 2022 beside files of 2026: codes of one missing from the other, reported.
        QVERIFY(!reports.value(QStringLiteral("CIS_COMPO_bdpm.txt")).unknownCis.isEmpty());
        QVERIFY(!reports.value(QStringLiteral("CIS_CPD_bdpm.txt")).unknownCis.isEmpty());
        // Decoded: Windows-1252 letters, the decimal comma.
        const auto cip = std::find_if(data->presentations.cbegin(), data->presentations.cend(),
                                      [](const Presentation& p) { return p.cip13 == u"3400949497294"; });
        QVERIFY(cip != data->presentations.cend());
        QCOMPARE(cip->priceCents, std::optional<qint64>(2434));
        QCOMPARE(cip->reimbursementRates, QList<int>({100}));
        QCOMPARE(cip->label, QStringLiteral("plaquette(s) PVC PVDC aluminium de 30 comprimé(s)"));
        const auto repaired
            = std::find_if(data->components.cbegin(), data->components.cend(), [](const Component& c) {
                  return c.cis == u"68285029" && c.element == u"granules";
              });
        QVERIFY(repaired != data->components.cend());
        QCOMPARE(repaired->substance, QStringLiteral("MERCURIUS DULCIS POUR PRÉPARATIONS HOMÉOPATHIQUES"));
        QCOMPARE(repaired->strength, QStringLiteral("4CH à 30CH et 7DH à 60DH"));
        QCOMPARE(repaired->nature, QStringLiteral("SA"));

        // Into the encrypted store, then searched.
        auto store = Test::openStore(path(QStringLiteral("real.db")), Test::testKey());
        QVERIFY(store);
        CatalogRepository repo(*store);
        auto v = repo.importVersion(*data, context());
        QVERIFY2(v, v ? "" : qPrintable(v.error().logText));
        auto current = repo.current();
        QVERIFY(current && current->has_value());
        QCOMPARE((*current)->products, 15848);
        QCOMPARE((*current)->presentations, 20874);
        QCOMPARE((*current)->uuid, v->uuid);

        auto byCip = repo.search(QStringLiteral("3400949497294"));
        QVERIFY(byCip);
        QCOMPARE(byCip->size(), size_t(1));
        QCOMPARE(byCip->front().cis, QStringLiteral("60002283"));
        auto byCip7 = repo.search(QStringLiteral("4949729"));
        QVERIFY(byCip7 && byCip7->size() == 1 && byCip7->front().cis == u"60002283");
        auto spaced = repo.search(QStringLiteral("3 400949 497294"));
        QVERIFY(spaced && spaced->size() == 1);

        auto doliprane = repo.search(QStringLiteral("doliprane 500"));
        QVERIFY(doliprane && !doliprane->empty());
        for (const SearchHit& h : *doliprane) {
            QVERIFY2(h.name.toUpper().contains(QStringLiteral("DOLIPRANE")), qPrintable(h.name));
            QCOMPARE(h.matched, 0);
        }
        QVERIFY(doliprane->front().marketed);
        QVERIFY(doliprane->front().presentations > 0);
        // Marketed spécialités first.
        QVERIFY(std::is_partitioned(doliprane->cbegin(), doliprane->cend(),
                                    [](const SearchHit& h) { return h.marketed; }));
        // A number or a unit narrows, in any order (they are not index words themselves).
        auto doli1000 = repo.search(QStringLiteral("1000 doli"));
        QVERIFY(doli1000 && !doli1000->empty());
        for (const SearchHit& h : *doli1000) {
            QVERIFY2(h.name.contains(QStringLiteral("1000"))
                         && h.name.toUpper().contains(QStringLiteral("DOLI")),
                     qPrintable(h.name));
        }
        QVERIFY(doli1000->size() < repo.search(QStringLiteral("doli"))->size());
        // By substance (DCI), accents and case ignored: paracétamol finds spécialités whose name
        // does not say it.
        auto para = repo.search(QStringLiteral("PARACÉTAMOL"), 500);
        QVERIFY(para && para->size() > 50);
        QVERIFY(std::any_of(para->cbegin(), para->cend(), [](const SearchHit& h) {
            return h.matched == 1 && !h.name.toUpper().contains(QStringLiteral("PARAC"));
        }));
        auto ibu = repo.search(QStringLiteral("ibuprofene"));
        QVERIFY(ibu && !ibu->empty());
        // A word in the middle of the name.
        auto film = repo.search(QStringLiteral("pellicul"));
        QVERIFY(film && !film->empty());
        // Listed and narcotic drugs are told apart.
        auto morphine = repo.search(QStringLiteral("morphine"), 200);
        QVERIFY(morphine && std::any_of(morphine->cbegin(), morphine->cend(), [](const SearchHit& h) {
                    return h.list == DrugList::Narcotic;
                }));
        auto details = repo.product(QStringLiteral("60002283"));
        QVERIFY(details && details->has_value());
        QCOMPARE((*details)->presentations.size(), size_t(2));
        QVERIFY(!(*details)->components.empty());
        QVERIFY(repo.search(QStringLiteral("zzzzqqq"))->empty());
    }

    void theDemoCatalogueReadsCleanly()
    {
        // The demo pharmacy's own catalogue (scripts/make-demo-bdpm.py), in the encodings and
        // line ends of the files as published.
        auto source = BdpmSource::fromFolder(QStringLiteral(OFFICINE_SOURCE_DIR "/resources/demo/bdpm"));
        QVERIFY(source);
        QCOMPARE(source->files.size(), 6);
        auto d = Bdpm::parse(*source);
        QVERIFY2(d, d ? "" : qPrintable(d.error().logText));
        QCOMPARE(int(d->rejected.size()), 0);
        QCOMPARE(int(d->products.size()), 43);
        QCOMPARE(int(d->availability.size()), 2);
        for (const FileReport& f : d->files) {
            QVERIFY2(f.unknownCis.isEmpty(), qPrintable(f.file));
            if (f.file != Bdpm::availabilityFile()) { // ASCII only: reads as UTF-8
                QCOMPARE(f.encoding,
                         f.file == u"CIS_CIP_bdpm.txt" ? QStringLiteral("UTF-8")
                                                       : QStringLiteral("Windows-1252"));
            }
        }
        auto store = Test::openStore(path(QStringLiteral("demo.db")), Test::testKey());
        CatalogRepository repo(*store);
        QVERIFY(repo.importVersion(*d, context()));
        auto morphine = repo.search(QStringLiteral("morphine"));
        QVERIFY(morphine && morphine->size() == 1);
        QCOMPARE(morphine->front().list, DrugList::Narcotic);
        auto amoxicilline = repo.search(QStringLiteral("amoxicilline 500"));
        QVERIFY(amoxicilline && amoxicilline->size() == 1);
        QCOMPARE(amoxicilline->front().shortage, 1); // rupture
        QVERIFY(!repo.search(QStringLiteral("ranitidine"))->front().marketed);
    }

    void allergiesAgainstTheComposition()
    {
        auto source = BdpmSource::fromFolder(QStringLiteral(OFFICINE_SOURCE_DIR "/resources/demo/bdpm"));
        auto d = Bdpm::parse(*source);
        QVERIFY(d);
        auto store = Test::openStore(path(QStringLiteral("allergy.db")), Test::testKey());
        CatalogRepository repo(*store);
        QVERIFY(repo.importVersion(*d, context()));
        // The substances an allergy can be linked to.
        auto amox = repo.substances(QStringLiteral("amoxi"));
        QVERIFY(amox);
        QCOMPARE(amox->size(), size_t(1));
        QCOMPARE(amox->front().code, QStringLiteral("01357"));
        QCOMPARE(amox->front().name, QStringLiteral("AMOXICILLINE TRIHYDRATÉE"));
        QCOMPARE(repo.substances(QStringLiteral("paracétamol"))->size(), size_t(1));
        QVERIFY(repo.substances(QStringLiteral("zzz"))->empty());

        const auto componentsOf = [&repo](const QString& query) {
            auto hits = repo.search(query);
            return (*repo.product(hits->front().cis))->components;
        };
        Model::Allergy byText;
        byText.uuid = QStringLiteral("a1");
        byText.text = QStringLiteral("Amoxicilline");
        Model::Allergy byCode;
        byCode.uuid = QStringLiteral("a2");
        byCode.text = QStringLiteral("pénicillines (urticaire)");
        byCode.substanceCode = QStringLiteral("01357");
        Model::Allergy aClass;
        aClass.uuid = QStringLiteral("a3");
        aClass.text = QStringLiteral("pénicillines");
        // The combination amoxicilline + acide clavulanique: both allergies raise it, the linked
        // one with certainty; the class alone raises nothing.
        const auto augmentin = componentsOf(QStringLiteral("amoxicilline acide clavulanique"));
        auto conflicts = Prescribing::allergyConflicts({byText, byCode, aClass}, augmentin);
        QCOMPARE(conflicts.size(), size_t(2));
        QCOMPARE(conflicts[0].allergyUuid, QStringLiteral("a1"));
        QVERIFY(!conflicts[0].byCode);
        QCOMPARE(conflicts[0].substance, QStringLiteral("AMOXICILLINE TRIHYDRATÉE"));
        QCOMPARE(conflicts[1].allergyUuid, QStringLiteral("a2"));
        QVERIFY(conflicts[1].byCode);
        // Silent on another product.
        QVERIFY(Prescribing::allergyConflicts({byText, byCode, aClass},
                                              componentsOf(QStringLiteral("paracetamol 500")))
                    .empty());
        // An intolerance is told apart; a two-letter text matches nothing.
        Model::Allergy intolerance;
        intolerance.uuid = QStringLiteral("a4");
        intolerance.intolerance = true;
        intolerance.text = QStringLiteral("codéine");
        Model::Allergy tiny;
        tiny.uuid = QStringLiteral("a5");
        tiny.text = QStringLiteral("co");
        const auto codeine
            = Prescribing::allergyConflicts({intolerance, tiny}, componentsOf(QStringLiteral("codéine")));
        QCOMPARE(codeine.size(), size_t(1));
        QVERIFY(codeine.front().intolerance);
    }

    void aFileOfAnotherFormatOrEncodingIsRefusedWhole()
    {
        BdpmSource s = smallSource(QStringLiteral("A"));
        // One column missing on every line: not the file its name says.
        QByteArray cis;
        for (const QByteArray& line : s.files.value(QStringLiteral("CIS_bdpm.txt")).split('\n')) {
            if (!line.trimmed().isEmpty()) {
                QList<QByteArray> f = line.split('\t');
                f.removeAt(2);
                cis += f.join('\t') + '\n';
            }
        }
        BdpmSource missingColumn = s;
        missingColumn.files.insert(QStringLiteral("CIS_bdpm.txt"), cis);
        auto r = Bdpm::parse(missingColumn);
        QVERIFY(!r);
        QCOMPARE(r.error().userText,
                 QStringLiteral("Le fichier CIS_bdpm.txt n'a pas le format BDPM attendu : 12 "
                                "colonnes attendues, 11 trouvées. Le catalogue en service est "
                                "conservé."));
        // UTF-16 (another encoding than the two the BDPM uses): no tab is where it should be.
        BdpmSource utf16 = s;
        const QString text = decodeText(s.files.value(QStringLiteral("CIS_GENER_bdpm.txt"))).text;
        utf16.files.insert(QStringLiteral("CIS_GENER_bdpm.txt"),
                           QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
        auto u = Bdpm::parse(utf16);
        QVERIFY(!u);
        QCOMPARE(
            u.error().userText,
            QStringLiteral("Le fichier CIS_GENER_bdpm.txt n'est pas un fichier texte BDPM (encodage non "
                           "reconnu : UTF-16 ou fichier binaire). Le catalogue en service est conservé."));
        // Windows-1252 where UTF-8 is usual, and the other way round: both read.
        BdpmSource swapped = s;
        swapped.files.insert(QStringLiteral("CIS_CIP_bdpm.txt"),
                             cp1252(decodeText(s.files.value(QStringLiteral("CIS_CIP_bdpm.txt"))).text));
        swapped.files.insert(QStringLiteral("CIS_bdpm.txt"),
                             decodeText(s.files.value(QStringLiteral("CIS_bdpm.txt"))).text.toUtf8());
        auto sw = Bdpm::parse(swapped);
        QVERIFY(sw);
        QCOMPARE(sw->products.front().form, QStringLiteral("comprimé"));
        QCOMPARE(sw->presentations.front().label, QStringLiteral("plaquette(s) de 16 comprimé(s)"));
        // An empty file.
        BdpmSource empty = s;
        empty.files.insert(QStringLiteral("CIS_CPD_bdpm.txt"), "\r\n\r\n");
        auto e = Bdpm::parse(empty);
        QVERIFY(!e);
        QCOMPARE(
            e.error().userText,
            QStringLiteral("Le fichier CIS_CPD_bdpm.txt est vide. Le catalogue en service est conservé."));
    }

    void badLinesAreReportedWithFileLineAndReason()
    {
        BdpmSource s = smallSource(QStringLiteral("A"), 5);
        QByteArray cip = s.files.value(QStringLiteral("CIS_CIP_bdpm.txt"));
        QList<QByteArray> lines = cip.split('\n');
        lines[1].replace("\t1,96\t", "\tdouze\t"); // line 2: a price that is not one
        lines[3].chop(1); // line 4: its last (empty) column left out
        s.files.insert(QStringLiteral("CIS_CIP_bdpm.txt"), lines.join('\n'));
        QByteArray compo = s.files.value(QStringLiteral("CIS_COMPO_bdpm.txt"));
        // A tab inside the substance's name (as in the published COMPO file), and a line whose
        // extra field holds text: the first repaired, the second refused.
        compo.replace(cp1252(QStringLiteral("61000002\tcomprimé\t02202\tPARACÉTAMOL\t")),
                      cp1252(QStringLiteral("61000002\tcomprimé\t02202\tPARACÉTAMOL\t\t\t")));
        compo += cp1252(
            QStringLiteral("61000003\tcomprimé\t02202\tPARA\tCÉTAMOL\t500 mg\tun comprimé\tSA\t1\t\r\n"));
        s.files.insert(QStringLiteral("CIS_COMPO_bdpm.txt"), compo);
        // A code CIS that CIS_bdpm.txt lacks: kept, reported.
        QByteArray cpd = s.files.value(QStringLiteral("CIS_CPD_bdpm.txt"));
        cpd += "69999999\tliste I\r\n\r\n";
        s.files.insert(QStringLiteral("CIS_CPD_bdpm.txt"), cpd);
        auto d = Bdpm::parse(s);
        QVERIFY2(d, d ? "" : qPrintable(d.error().logText));
        QCOMPARE(int(d->rejected.size()), 3);
        QCOMPARE(d->rejected[0].file, QStringLiteral("CIS_CIP_bdpm.txt"));
        QCOMPARE(d->rejected[0].line, 2);
        QCOMPARE(d->rejected[0].reason, QStringLiteral("prix « douze » invalide"));
        QCOMPARE(d->rejected[1].line, 4);
        QCOMPARE(d->rejected[1].reason, QStringLiteral("12 colonnes au lieu de 13"));
        QCOMPARE(d->rejected[2].file, QStringLiteral("CIS_COMPO_bdpm.txt"));
        QCOMPARE(d->rejected[2].line, 6);
        QCOMPARE(d->rejected[2].reason, QStringLiteral("9 colonnes au lieu de 8"));
        QCOMPARE(int(d->presentations.size()), 3);
        QCOMPARE(int(d->components.size()), 5);
        for (const FileReport& f : d->files) {
            if (f.file == u"CIS_COMPO_bdpm.txt") {
                QCOMPARE(f.repaired, 1);
            }
            if (f.file == u"CIS_CPD_bdpm.txt") {
                QCOMPARE(f.unknownCis, QStringList {QStringLiteral("69999999")});
                QCOMPARE(f.accepted, 6);
            }
        }
        QCOMPARE(d->products.front().name, QStringLiteral("A 0 500 mg, comprimé"));
    }

    void aZipWithFilesMissingSaysWhich()
    {
        const QString zipPath = path(QStringLiteral("partial.zip"));
        int error = 0;
        zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        QVERIFY(z);
        const BdpmSource s = smallSource(QStringLiteral("Z"));
        std::vector<QByteArray> keep; // the buffers outlive zip_close
        for (const char* name : {"CIS_bdpm.txt", "CIS_CIP_bdpm.txt", "CIS_GENER_bdpm.txt"}) {
            keep.push_back(s.files.value(QLatin1String(name)));
            zip_source_t* src
                = zip_source_buffer(z, keep.back().constData(), zip_uint64_t(keep.back().size()), 0);
            const QByteArray entry = QByteArray("bdpm/") + name;
            QVERIFY(zip_file_add(z, entry.constData(), src, ZIP_FL_ENC_UTF_8) >= 0);
        }
        QCOMPARE(zip_close(z), 0);
        auto source = BdpmSource::fromPath(zipPath);
        QVERIFY(source);
        QCOMPARE(source->files.size(), 3);
        auto d = Bdpm::parse(*source);
        QVERIFY(!d);
        QCOMPARE(d.error().userText,
                 QStringLiteral("Fichiers BDPM manquants : CIS_COMPO_bdpm.txt, CIS_CPD_bdpm.txt. "
                                "Le catalogue en service est conservé."));
        QFile junk(path(QStringLiteral("junk.zip")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("PK\x03\x04 not really");
        junk.close();
        auto bad = BdpmSource::fromPath(junk.fileName());
        QVERIFY(!bad);
        QCOMPARE(bad.error().userText, QStringLiteral("junk.zip n'est pas une archive zip lisible."));
    }

    void aNewVersionReplacesTheCurrentOneInOneStep()
    {
        auto store = Test::openStore(path(QStringLiteral("versions.db")), Test::testKey());
        QVERIFY(store);
        CatalogRepository repo(*store);
        QVERIFY(repo.search(QStringLiteral("alpha"))->empty()); // no catalogue yet
        auto a = Bdpm::parse(smallSource(QStringLiteral("ALPHA")));
        QVERIFY(a);
        auto va = repo.importVersion(*a, context());
        QVERIFY(va);
        QCOMPARE(repo.search(QStringLiteral("alpha"))->size(), size_t(3));
        // By generic group and by substance.
        QCOMPARE(repo.search(QStringLiteral("paracetamol"))->front().matched, 1);
        QCOMPARE(repo.search(QStringLiteral("alpha"))->front().list, DrugList::ListII);
        QCOMPARE(repo.search(QStringLiteral("alpha"))->front().minPriceCents, std::optional<qint64>(196));

        // Cancelled halfway: the version in service stays, nothing of the new one is left.
        auto b = Bdpm::parse(smallSource(QStringLiteral("BETA"), 40));
        QVERIFY(b);
        auto ctx = context();
        ctx.batchRows = 10;
        int calls = 0;
        auto cancelled = repo.importVersion(*b, ctx, [&calls](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE((*repo.current())->uuid, va->uuid);
        QCOMPARE(repo.search(QStringLiteral("alpha"))->size(), size_t(3));
        QVERIFY(repo.search(QStringLiteral("beta"))->empty());
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_product")), 3);
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_version")), 1);

        // Then completed: BETA in service, ALPHA's rows gone, its version kept as history.
        auto vb = repo.importVersion(*b, ctx);
        QVERIFY(vb);
        QCOMPARE((*repo.current())->uuid, vb->uuid);
        QVERIFY(repo.search(QStringLiteral("alpha"))->empty());
        QCOMPARE(repo.search(QStringLiteral("beta"))->size(), size_t(40));
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_product")), 40);
        QCOMPARE(
            *store->scalar(QStringLiteral("SELECT count(*) FROM catalog_version WHERE state = 'retired'")),
            1);
    }

    void theTitulairePutsAVersionInServiceThroughACommand()
    {
        auto store = Test::openStore(path(QStringLiteral("command.db")), Test::testKey());
        QVERIFY(store);
        CatalogRepository repo(*store);
        auto built = repo.build(*Bdpm::parse(smallSource(QStringLiteral("DELTA"))), context());
        QVERIFY(built);
        QVERIFY(!*repo.current()); // built, not in service
        QVERIFY(repo.search(QStringLiteral("delta"))->empty());
        const auto entries
            = [&store]() { return *store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry")); };
        FakeClock clock(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC));
        Commands::CommandExecutor executor(*store, clock);
        // A pharmacist without the permission: refused, audited, nothing switched.
        executor.setActor(Commands::Actor {QStringLiteral("acct-2"),
                                           QStringLiteral("Adjoint"),
                                           QString(),
                                           {Commands::Permission::PatientRead}});
        Commands::ActivateCatalogVersionCommand refused(*built);
        auto r = executor.execute(refused);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(entries(), 1);
        QVERIFY(!*repo.current());
        // The titulaire: in service, one entry naming the version and its counts.
        executor.setActor(Commands::Actor {QStringLiteral("acct-1"),
                                           QStringLiteral("Titulaire"),
                                           QString(),
                                           {Commands::Permission::CatalogManage}});
        Commands::ActivateCatalogVersionCommand activate(*built);
        QVERIFY(executor.execute(activate));
        QCOMPARE(entries(), 2);
        QCOMPARE((*repo.current())->uuid, built->uuid);
        QCOMPARE(repo.search(QStringLiteral("delta"))->size(), size_t(3));
        QCOMPARE(
            *store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE detail = "
                                          "'command=catalog.activate;source=test;products=3;presentations=3;"
                                          "refused=0'")),
            1);
        // Once in service, it cannot be put in service again.
        Commands::ActivateCatalogVersionCommand again(*built);
        auto twice = executor.execute(again);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::NotFound);
        QCOMPARE(entries(), 2);
    }

    void anImportKilledHalfwayLeavesThePreviousVersionInUse()
    {
        const QString file = path(QStringLiteral("killed.db"));
        QString first;
        {
            auto store = Test::openStore(file, Test::testKey());
            QVERIFY(store);
            auto a = Bdpm::parse(smallSource(QStringLiteral("ALPHA")));
            auto va = CatalogRepository(*store).importVersion(*a, context());
            QVERIFY(va);
            first = va->uuid;
        }
        // A child process imports a bigger catalogue and dies (no destructor, no rollback) once
        // two batches are committed.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto store = Test::openStore(file, Test::testKey());
            if (!store) {
                _exit(2);
            }
            auto b = Bdpm::parse(smallSource(QStringLiteral("BETA"), 40));
            auto ctx = context();
            ctx.batchRows = 20;
            int calls = 0;
            (void)CatalogRepository(*store).importVersion(*b, ctx, [&calls](qint64, qint64) {
                if (++calls == 2) {
                    _exit(0);
                }
                return true;
            });
            _exit(3); // not reached: the import was to be killed
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);

        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        CatalogRepository repo(*store);
        QCOMPARE((*repo.current())->uuid, first);
        QCOMPARE(repo.search(QStringLiteral("alpha"))->size(), size_t(3));
        QVERIFY(repo.search(QStringLiteral("beta"))->empty());
        // The half-built version's rows are there, never read, and go with the next import.
        QVERIFY(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_product")) > 3);
        QCOMPARE(
            *store->scalar(QStringLiteral("SELECT count(*) FROM catalog_version WHERE state = 'building'")),
            1);
        auto c = Bdpm::parse(smallSource(QStringLiteral("GAMMA")));
        QVERIFY(repo.importVersion(*c, context()));
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM catalog_product")), 3);
        QCOMPARE(
            *store->scalar(QStringLiteral("SELECT count(*) FROM catalog_version WHERE state = 'building'")),
            0);
        QCOMPARE(repo.search(QStringLiteral("gamma"))->size(), size_t(3));
        QVERIFY(store->integrityCheck());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "test_catalog.moc"
