// Importing patients from another pharmacy system's CSV: encodings, column mapping, a dry run
// listing every rejected line, duplicates proposed for merge, batches that a cancel or a kill
// leave whole, and the permission.

#include "audit/auditverifier.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "identity/nir.h"
#include "importing/patientimport.h"
#include "storage/duplicateindex.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <string_view>

using namespace Officine;

namespace {

Commands::Actor pharmacist()
{
    return Commands::Actor {QStringLiteral("hugo"), QStringLiteral("Hugo ESSAI"), QString(),
                            Auth::permissionsOf(Auth::Role::Pharmacien)};
}

QString nirFor(int sex, int year, int month, int order)
{
    const QString first13 = QStringLiteral("%1%2%3")
                                .arg(sex)
                                .arg(year % 100, 2, 10, QLatin1Char('0'))
                                .arg(month, 2, 10, QLatin1Char('0'))
        + QStringLiteral("75115") + QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    return first13 + QStringLiteral("%1").arg(Identity::Nir::computeKey(first13), 2, 10, QLatin1Char('0'));
}

/// `n` distinct, valid rows (names Import0001…), after a header.
QByteArray generatedCsv(int n)
{
    QByteArray csv = "Nom;Prénom;Sexe;Date de naissance;Code postal;Ville\n";
    static const char* const letters = "BCDFGHJKLMNPRSTV";
    for (int i = 0; i < n; ++i) {
        QByteArray name = "IMPORT";
        for (int k = i; k > 0 || name.size() < 10; k /= 16) {
            name += letters[k % 16];
        }
        csv += name + ";Jeanne;F;" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "/"
            + QByteArray::number(1 + i % 12).rightJustified(2, '0') + "/" + QByteArray::number(1930 + i % 60)
            + ";69003;Lyon\n";
    }
    return csv;
}

/// The child of aKillHalfwayKeepsWholeBatches: imports into the store named by the environment,
/// printing a line per committed batch, until it is killed.
int importChild()
{
    auto store = Test::openStore(qEnvironmentVariable("OFFICINE_IMPORT_CHILD"), Test::testKey());
    if (!store) {
        return 3;
    }
    SystemClock clock;
    Commands::CommandExecutor executor(*store, clock);
    executor.setActor(pharmacist());
    auto table = Import::CsvTable::parse(generatedCsv(20000));
    Import::PatientImporter importer(executor);
    auto plan = importer.prepare(*table, Import::ColumnMapping::guess(table->header));
    if (!plan) {
        return 4;
    }
    std::printf("planned %zu\n", plan->drafts.size());
    std::fflush(stdout);
    auto done = importer.run(*plan, 500, [](int imported, int) {
        std::printf("batch %d\n", imported);
        std::fflush(stdout);
        return true;
    });
    return done ? 0 : 5;
}

} // namespace

class TestPatientImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC)};
    int m_n = 0;

    struct Fixture
    {
        std::unique_ptr<Storage::Store> store;
        std::unique_ptr<Commands::CommandExecutor> executor;
    };
    Fixture fresh()
    {
        Fixture f;
        f.store = Test::openStore(m_dir.filePath(QStringLiteral("imp-%1.db").arg(++m_n)), Test::testKey());
        f.executor = std::make_unique<Commands::CommandExecutor>(*f.store, m_clock);
        f.executor->setActor(pharmacist());
        return f;
    }
    static qint64 count(Storage::Store& s, const char* sql) { return *s.scalar(QString::fromLatin1(sql)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void encodingsAreDetectedAndNamesRead()
    {
        const QString text = QStringLiteral(
            "Nom;Prénom;Date naissance\nHÉLÈNE;Zoé;12/03/1948\nŒILLET;Françoise;01/02/1950\n");
        QStringEncoder cp1252("windows-1252");
        QVERIFY(cp1252.isValid());
        const QByteArray windows = cp1252(text);
        auto a = Import::CsvTable::parse(windows);
        QVERIFY(a);
        QCOMPARE(a->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(a->rows.at(0).cells.at(0), QStringLiteral("HÉLÈNE"));
        QCOMPARE(a->rows.at(1).cells.at(0), QStringLiteral("ŒILLET")); // 0x8C in Windows-1252
        auto b = Import::CsvTable::parse("\xEF\xBB\xBF" + text.toUtf8());
        QVERIFY(b);
        QCOMPARE(b->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(b->header.at(1), QStringLiteral("Prénom"));
        QCOMPARE(b->rows.at(1).cells.at(1), QStringLiteral("Françoise"));
        // Comma-separated, quoted fields with the separator, a quote and a line break inside.
        auto c = Import::CsvTable::parse("Nom,Prénom,Adresse\n\"DUPONT\",\"Jean, dit \"\"Jeannot\"\"\",\"3 "
                                         "rue X\nBât. B\"\nMARTIN,Paul,\n");
        QVERIFY(c);
        QCOMPARE(c->separator, QChar(u','));
        QCOMPARE(c->rows.size(), size_t(2));
        QCOMPARE(c->rows.at(0).cells.at(1), QStringLiteral("Jean, dit \"Jeannot\""));
        QCOMPARE(c->rows.at(0).cells.at(2), QStringLiteral("3 rue X\nBât. B"));
        QCOMPARE(c->rows.at(1).line, 4);
        // A truncated file says where.
        auto d = Import::CsvTable::parse("Nom;Prénom\n\"DUPONT;Jean\n");
        QVERIFY(!d);
        QVERIFY(d.error().userText.contains(QStringLiteral("ligne 2")));
        QVERIFY(!Import::CsvTable::parse(QByteArray()));
    }

    // Property: any table, written as a spreadsheet writes it (a cell quoted when it holds the
    // separator, a quote or a line break; CRLF or LF), reads back cell for cell. Unquoted cells
    // may hold a quote after their first character, as some exports leave them.
    void anyTableWrittenAsCsvReadsBackCellForCell()
    {
        QRandomGenerator rng(20261203);
        const QString alphabet = QStringLiteral("abcÉéŒ 0123;,\"\n\t-'");
        for (int round = 0; round < 300; ++round) {
            const QChar sep = QStringLiteral(";,\t").at(int(rng.bounded(3)));
            const QString eol = rng.bounded(2) ? QStringLiteral("\r\n") : QStringLiteral("\n");
            const int columns = 2 + int(rng.bounded(5));
            const int rows = 1 + int(rng.bounded(8));
            std::vector<QStringList> table;
            QString text;
            for (int r = 0; r <= rows; ++r) {
                QStringList cells;
                for (int c = 0; c < columns; ++c) {
                    QString cell;
                    if (r == 0) {
                        cell = QStringLiteral("col%1").arg(c); // the header line
                    } else {
                        const int length = int(rng.bounded(9));
                        for (int i = 0; i < length; ++i) {
                            cell += alphabet.at(int(rng.bounded(alphabet.size())));
                        }
                        if (c == 0 && cell.trimmed().isEmpty()) {
                            cell = QStringLiteral("x"); // a blank first cell alone is a blank line
                        }
                    }
                    cells << cell;
                }
                table.push_back(cells);
                QStringList written;
                for (const QString& cell : cells) {
                    const bool mustQuote = cell.contains(sep) || cell.contains(u'\n') || cell.contains(u'"')
                        || cell.contains(u'\r') || cell.startsWith(u' ');
                    written << (mustQuote ? u'"' + QString(cell).replace(u'"', QStringLiteral("\"\"")) + u'"'
                                          : cell);
                }
                text += written.join(sep) + eol;
            }
            // The separator is guessed from the header line: only the chosen one appears there.
            auto parsed = Import::CsvTable::parse(text.toUtf8());
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(parsed->separator, sep);
            QCOMPARE(parsed->header, table.front());
            QCOMPARE(parsed->rows.size(), size_t(rows));
            for (int r = 0; r < rows; ++r) {
                QCOMPARE(parsed->rows[size_t(r)].cells, table[size_t(r) + 1]);
            }
        }
        // A quote inside an unquoted cell is kept as a character.
        auto loose = Import::CsvTable::parse("Nom;Note\nDUPONT;dit \"Jo\" le grand\n");
        QVERIFY(loose);
        QCOMPARE(loose->rows.at(0).cells.at(1), QStringLiteral("dit \"Jo\" le grand"));
    }

    void theDryRunListsEveryRejectedLineWithItsReasonAndWritesNothing()
    {
        Fixture f = fresh();
        // Already in the pharmacy: one file with a NIR, one close to a line of the file.
        Model::Patient existing;
        existing.birthFamilyName = QStringLiteral("Lemaire");
        existing.givenNames = QStringLiteral("Jeanne Marie");
        existing.sex = Model::Sex::Female;
        existing.birthDate = QDate(1950, 4, 3);
        Commands::CreatePatientCommand c1(existing, m_clock.today());
        QVERIFY(f.executor->execute(c1));
        Model::Patient withNir = existing;
        withNir.birthFamilyName = QStringLiteral("Nirdeja");
        withNir.givenNames = QStringLiteral("Paul");
        withNir.sex = Model::Sex::Male;
        withNir.birthDate = QDate(1960, 6, 6);
        withNir.nir = nirFor(1, 1960, 6, 5);
        Commands::CreatePatientCommand c2(withNir, m_clock.today());
        QVERIFY(f.executor->execute(c2));
        const qint64 auditBefore = count(*f.store, "SELECT count(*) FROM audit_entry");

        const QByteArray csv = QByteArray("NOM;PRENOMS;SEXE;DDN;N° SS;CP;VILLE;TEL\n")
            + "DUPONT;Jeanne;F;12/03/1948;;75015;Paris;01 99 00 00 01\n" // 2 ok
            + "DURAND;Paul;M;1948-13-40;;;;\n" // 3 bad date
            + "PETIT;Léa;X;01/01/1990;;;;\n" // 4 bad sex
            + "GRAND;Luc;M;01/01/1990;" + nirFor(1, 1990, 1, 7).left(13).toLatin1()
            + "99;;;\n" // 5 bad NIR key
            + "COURT;Ana;F;01/01/1990\n" // 6 columns
            + "DUPONT;Jeanne;F;12/03/1948;;75015;Paris;\n" // 7 same as line 2
            + "LEMAITRE;Jeanne;F;03/04/1950;;;;\n" // 8 close to a file: proposal
            + "NIRDEJA;Pierre;M;06/06/1960;" + withNir.nir.toLatin1() + ";;;\n" // 9 NIR on file
            + "MOREAU;Anne;F;05/05/1955;;7501;;\n" // 10 postal code
            + "MOREL;Anne;F;05/05/1955;;;;12\n"; // 11 phone
        auto table = Import::CsvTable::parse(csv);
        QVERIFY(table);
        const auto mapping = Import::ColumnMapping::guess(table->header);
        QCOMPARE(mapping.columns.value(QStringLiteral("nir")), 4);
        QCOMPARE(mapping.columns.value(QStringLiteral("birth_date")), 3);
        QCOMPARE(mapping.columns.value(QStringLiteral("phone")), 7);
        Import::PatientImporter importer(*f.executor);
        auto plan = importer.prepare(*table, mapping);
        QVERIFY(plan);
        QCOMPARE(plan->drafts.size(), size_t(2));
        QCOMPARE(plan->drafts.at(0).line, 2);
        QCOMPARE(plan->drafts.at(1).line, 8);
        QCOMPARE(plan->drafts.at(1).candidates, QStringList {c1.patient().meta.uuid});
        QCOMPARE(plan->proposals(), 1);
        QMap<int, QString> rejected;
        for (const auto& r : plan->rejected) {
            rejected.insert(r.line, r.reason);
        }
        QCOMPARE(rejected.keys(), (QList<int> {3, 4, 5, 6, 7, 9, 10, 11}));
        QVERIFY2(rejected[3].contains(QStringLiteral("Date de naissance")), qPrintable(rejected[3]));
        QVERIFY(rejected[4].contains(QStringLiteral("Sexe")));
        QVERIFY(rejected[5].contains(QStringLiteral("clé")));
        QVERIFY(rejected[6].contains(QStringLiteral("colonnes")));
        QVERIFY(rejected[7].contains(QStringLiteral("ligne 2")));
        QVERIFY(rejected[9].contains(QStringLiteral("NIR")));
        QVERIFY(rejected[10].contains(QStringLiteral("Code postal")));
        QVERIFY(rejected[11].contains(QStringLiteral("Téléphone")));
        for (const QString& reason : rejected) {
            QVERIFY(!reason.contains(QStringLiteral("DURAND"))
                    && !reason.contains(QStringLiteral("1948-13")));
        }
        // A dry run writes nothing, not even an audit entry.
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient"), 2);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM audit_entry"), auditBefore);

        // The import: the close file flagged and proposed for merge.
        auto summary = importer.run(*plan, 100, {});
        QVERIFY(summary);
        QCOMPARE(summary->imported, 2);
        QCOMPARE(summary->proposals.size(), size_t(1));
        QCOMPARE(summary->proposals.front().second, QStringList {c1.patient().meta.uuid});
        const Model::Patient flagged
            = *Storage::PatientRepository(*f.store).get(summary->proposals.front().first);
        QVERIFY(flagged.reliabilityFlags.contains(QStringLiteral("DPOT")));
        auto history = *Storage::PatientHistory(*f.store).list(flagged.meta.uuid);
        QCOMPARE(history.size(), size_t(1));
        QCOMPARE(history.front().source, QStringLiteral("import"));
        QCOMPARE(history.front().reason, QStringLiteral("Import, ligne 8"));
        // One creation entry per file plus the batch's own entry.
        QCOMPARE(count(*f.store, "SELECT count(*) FROM audit_entry"), auditBefore + 3);
        // Searchable once the import is over.
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_search_pending"), 0);
        auto found
            = Storage::PatientRepository(*f.store).search(QStringLiteral("lemaitre"), m_clock.today(), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().uuid, flagged.meta.uuid);
    }

    void deferredSearchRowsAreWrittenAtTheEndAndAnEditBringsOneUpAtOnce()
    {
        Fixture f = fresh();
        Storage::PatientRepository repo(*f.store);
        const Storage::WriteContext ctx {f.store->workstationId(), m_clock.now()};
        auto names = [&](const char* text) {
            QStringList out;
            const auto found = repo.search(QString::fromLatin1(text), m_clock.today(), 10);
            for (const auto& s : *found) {
                out << s.givenNames;
            }
            return out;
        };
        std::vector<Model::Patient> files;
        {
            Storage::Transaction tx = *Storage::Transaction::begin(*f.store);
            for (const char* given : {"Zoé", "Anne", "Marc"}) {
                Model::Patient p;
                p.birthFamilyName = QStringLiteral("Differe");
                p.usedFamilyName = given == std::string_view("Anne") ? QStringLiteral("Epouse") : QString();
                p.givenNames = QString::fromUtf8(given);
                p.sex = Model::Sex::Female;
                p.birthDate = QDate(1970, 1, 1);
                QVERIFY(repo.insert(p, ctx, Storage::PatientRepository::SearchUpdate::Deferred));
                files.push_back(p);
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(names("differe"), QStringList());
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_search_pending"), 3);
        // An edit writes the file's rows at once and takes it off the list.
        {
            Storage::Transaction tx = *Storage::Transaction::begin(*f.store);
            files[2].city = QStringLiteral("Lyon");
            QVERIFY(repo.update(files[2], ctx));
            QVERIFY(tx.commit());
        }
        QCOMPARE(names("differe"), QStringList {QStringLiteral("Marc")});
        QCOMPARE(*Storage::PatientRepository::catchUpSearch(*f.store), 2);
        QCOMPARE(names("differe"),
                 (QStringList {QStringLiteral("Anne"), QStringLiteral("Marc"), QStringLiteral("Zoé")}));
        QCOMPARE(names("epouse"), QStringList {QStringLiteral("Anne")}); // the used name's row too
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_search"), 4);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_search_pending"), 0);
        QCOMPARE(*Storage::PatientRepository::catchUpSearch(*f.store), 0);
    }

    void manyDeferredRowsIntoASmallProjectionRebuildItsIndexesAsTheSchemaHasThem()
    {
        // A new workstation's first pull: 12,000 files whose rows wait, into a projection that
        // holds a few. The indexes are dropped and built again after the rows: the same
        // definitions, and every kind of search still answers from them.
        Fixture f = fresh();
        Storage::PatientRepository repo(*f.store);
        const Storage::WriteContext ctx {f.store->workstationId(), m_clock.now()};
        const auto indexes = [&]() {
            QStringList out;
            auto q = f.store->query(QStringLiteral(
                "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                "'patient_search' AND sql IS NOT NULL ORDER BY name"));
            (void)Storage::forEachRow(*q, [&](const Storage::Query& r) { out << r.text(0); });
            return out;
        };
        const QStringList before = indexes();
        QCOMPARE(before.size(), 4);
        Model::Patient early;
        early.birthFamilyName = QStringLiteral("Avant");
        early.givenNames = QStringLiteral("Paul");
        early.sex = Model::Sex::Male;
        early.birthDate = QDate(1951, 2, 3);
        {
            Storage::Transaction tx = *Storage::Transaction::begin(*f.store);
            QVERIFY(repo.insert(early, ctx));
            for (int i = 0; i < 12000; ++i) {
                Model::Patient p;
                p.birthFamilyName = QStringLiteral("Lot%1").arg(i, 5, 10, QLatin1Char('0'));
                p.givenNames = i % 2 ? QStringLiteral("Jeanne") : QStringLiteral("Louis");
                p.sex = i % 2 ? Model::Sex::Female : Model::Sex::Male;
                p.birthDate = QDate(1930, 1, 1).addDays(i * 3);
                QVERIFY(repo.insert(p, ctx, Storage::PatientRepository::SearchUpdate::Deferred));
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(*Storage::PatientRepository::catchUpSearch(*f.store), 12000);
        QCOMPARE(indexes(), before);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_search"), 12001);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_search_pending"), 0);
        auto q = f.store->query(QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(q && *q->next());
        QCOMPARE(q->text(0), QStringLiteral("ok"));
        const auto first = [&](const QString& text) {
            const auto found = repo.search(text, m_clock.today(), 5);
            return found && !found->empty() ? found->front().birthFamilyName : QString();
        };
        QCOMPARE(first(QStringLiteral("lot11999")), QStringLiteral("Lot11999"));
        QCOMPARE(first(QDate(1930, 1, 1).addDays(7777 * 3).toString(QStringLiteral("dd/MM/yyyy"))),
                 QStringLiteral("Lot07777"));
        QCOMPARE(first(QStringLiteral("avant")), QStringLiteral("Avant"));
    }

    void theInMemoryCheckFindsWhatTheQueriesFind()
    {
        // Files and drafts drawn from small pools of names and dates, so that every rule fires
        // (same traits, typos, transposed given names, used names, swapped day and month,
        // partial dates, same NIR): the index of a long import's dry run and the queries of
        // a single creation must give the same candidates, in the same order, with the same
        // verdicts.
        Fixture f = fresh();
        QRandomGenerator rng(20261202);
        const QStringList families
            = {QStringLiteral("Lemaire"), QStringLiteral("Lemaitre"), QStringLiteral("Roussel"),
               QStringLiteral("Rousel"),  QStringLiteral("Dupont"),   QStringLiteral("Dupond"),
               QStringLiteral("Martin")};
        const QStringList givens
            = {QStringLiteral("Jeanne Marie"), QStringLiteral("Marie Jeanne"), QStringLiteral("Jeanne"),
               QStringLiteral("Jeane"),        QStringLiteral("Paul"),         QStringLiteral("Paule Anne")};
        auto draw = [&](const QStringList& pool) { return pool.at(int(rng.bounded(pool.size()))); };
        auto drawDate = [&]() {
            const int month = int(rng.bounded(4)); // 0: unknown month
            const int day = month == 0 ? 0 : int(rng.bounded(5)); // 0: unknown day
            return Model::BirthDate(1950 + int(rng.bounded(2)), month, day == 0 ? 0 : day);
        };
        auto drawPatient = [&]() {
            Model::Patient p;
            p.birthFamilyName = draw(families);
            if (rng.bounded(3) == 0) {
                p.usedFamilyName = draw(families);
            }
            p.givenNames = draw(givens);
            p.sex = rng.bounded(2) == 0 ? Model::Sex::Female : Model::Sex::Male;
            p.birthDate = drawDate();
            return p;
        };
        int withNir = 0;
        for (int i = 0; i < 150; ++i) {
            Model::Patient p = drawPatient();
            if (i % 10 == 0 && p.birthDate.month() > 0) {
                p.nir
                    = nirFor(p.sex == Model::Sex::Female ? 2 : 1, p.birthDate.year(), p.birthDate.month(), i);
                ++withNir;
            }
            Commands::CreatePatientCommand c(p, m_clock.today());
            c.setDuplicatesReviewed(true);
            QVERIFY2(f.executor->execute(c), qPrintable(QString::number(i)));
        }
        QVERIFY(withNir > 5);
        auto index = Storage::DuplicateIndex::load(*f.store);
        QVERIFY(index);
        QCOMPARE(index->size(), 150);
        Storage::PatientRepository repo(*f.store);
        auto nirs = f.store->query(QStringLiteral("SELECT nir FROM patient WHERE nir IS NOT NULL"));
        QStringList storedNirs;
        while (*nirs->next()) {
            storedNirs << nirs->text(0);
        }
        int found = 0;
        QSet<int> reasons;
        for (int i = 0; i < 400; ++i) {
            Model::Patient draft = drawPatient();
            if (i % 7 == 0) {
                draft.nir = storedNirs.at(i % storedNirs.size());
            }
            auto queried = repo.duplicateCandidates(draft, 5);
            QVERIFY(queried);
            const auto inMemory = index->candidates(draft, 5);
            QCOMPARE(inMemory.size(), queried->size());
            for (size_t k = 0; k < inMemory.size(); ++k) {
                QCOMPARE(inMemory[k].uuid, queried->at(k).patient.uuid);
                QCOMPARE(int(inMemory[k].reason), int(queried->at(k).reason));
                QCOMPARE(inMemory[k].score, queried->at(k).score);
                reasons.insert(int(inMemory[k].reason));
            }
            found += int(inMemory.size());
        }
        QVERIFY(found > 400);
        QCOMPARE(reasons.size(), 5); // every rule was exercised
    }

    void aCancelHalfwayKeepsTheBatchesDone()
    {
        Fixture f = fresh();
        auto table = Import::CsvTable::parse(generatedCsv(1000));
        QVERIFY(table);
        Import::PatientImporter importer(*f.executor);
        auto plan = importer.prepare(*table, Import::ColumnMapping::guess(table->header));
        QVERIFY(plan);
        QCOMPARE(plan->drafts.size(), size_t(1000));
        QVector<int> seen;
        auto summary = importer.run(*plan, 100, [&seen](int done, int total) {
            seen << done;
            Q_UNUSED(total);
            return done < 500;
        });
        QVERIFY(summary);
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->imported, 500);
        QCOMPARE(seen, (QVector<int> {100, 200, 300, 400, 500}));
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient"), 500);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient_history"), 500);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM audit_entry WHERE target_type = 'patient_import'"), 5);
    }

    void aKillHalfwayKeepsWholeBatchesAndAnIntactStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        {
            auto store = Test::openStore(path, Test::testKey());
            QVERIFY(store);
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFICINE_IMPORT_CHILD"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int batches = 0;
        QByteArray output;
        while (batches < 4 && child.state() == QProcess::Running) {
            child.waitForReadyRead(10000);
            output += child.readAllStandardOutput();
            batches = int(output.count("batch "));
        }
        QVERIFY2(batches >= 4, output.constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = Test::openStore(path, Test::testKey());
        QVERIFY(store);
        QVERIFY(store->integrityCheck());
        const qint64 patients = count(*store, "SELECT count(*) FROM patient");
        QVERIFY2(patients >= 4 * 500 && patients < 20000, qPrintable(QString::number(patients)));
        QCOMPARE(patients % 500, 0); // whole batches only
        QCOMPARE(count(*store, "SELECT count(*) FROM patient_history"), patients);
        // The killed import deferred its search rows: opening the store wrote them.
        QCOMPARE(count(*store, "SELECT count(*) FROM patient_search"), patients);
        QCOMPARE(count(*store, "SELECT count(*) FROM patient_search_pending"), 0);
        QCOMPARE(count(*store, "SELECT count(*) FROM audit_entry WHERE target_type = 'patient'"), patients);
        QCOMPARE(count(*store, "SELECT count(*) FROM audit_entry WHERE target_type = 'patient_import'"),
                 patients / 500);
        auto report = Audit::Verifier(*store).run();
        QVERIFY(report && report->intact());
    }

    void aTechnicianCannotImportAndIsAudited()
    {
        Fixture f = fresh();
        f.executor->setActor(Commands::Actor {QStringLiteral("lea"), QStringLiteral("Léa TEST"), QString(),
                                              Auth::permissionsOf(Auth::Role::Preparateur)});
        auto table = Import::CsvTable::parse(generatedCsv(3));
        Import::PatientImporter importer(*f.executor);
        auto plan = importer.prepare(*table, Import::ColumnMapping::guess(table->header));
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, ErrorCode::PermissionDenied);
        Import::ImportPlan::Draft d;
        d.line = 2;
        d.patient.birthFamilyName = QStringLiteral("Essai");
        d.patient.givenNames = QStringLiteral("Jean");
        d.patient.birthDate = QDate(1950, 1, 1);
        Import::ImportPatientsBatchCommand batch({d});
        QCOMPARE(f.executor->execute(batch).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM audit_entry WHERE outcome = 'refused'"), 2);
        QCOMPARE(count(*f.store, "SELECT count(*) FROM patient"), 0);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("OFFICINE_IMPORT_CHILD")) {
        return importChild();
    }
    TestPatientImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_patientimport.moc"
