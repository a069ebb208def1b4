#include "demo/demogenerator.h"
#include "retention/retentionpolicy.h"
#include "storage/outbox.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "storage/settingsrepository.h"
#include "testutil.h"
#include "util/clock.h"
#include "util/jsonwriter.h"
#include "util/uuid.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Officine;
using namespace Officine::Storage;

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    WriteContext ctx(const Store& s) const
    {
        return {s.workstationId(), QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
    }
    Model::Patient samplePatient() const
    {
        Model::Patient p;
        p.birthFamilyName = QStringLiteral("Lefèvre");
        p.usedFamilyName = QStringLiteral("Durand");
        p.givenNames = QStringLiteral("Élise Marie");
        p.sex = Model::Sex::Female;
        p.birthDate = QDate(1985, 7, 14);
        p.nir = QStringLiteral("285077511504230");
        p.city = QStringLiteral("Paris");
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsThenReopensWithTheSameKey()
    {
        const QString file = path(QStringLiteral("reopen.db"));
        QString uuid;
        {
            auto store = Test::openStore(file, Test::testKey());
            QVERIFY(store);
            QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
            QVERIFY(!store->workstationId().isEmpty());
            Model::Patient p = samplePatient();
            auto tx = Transaction::begin(*store);
            QVERIFY(tx);
            QVERIFY(PatientRepository(*store).insert(p, ctx(*store)));
            QVERIFY(tx->commit());
            uuid = p.meta.uuid;
        }
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        auto p = PatientRepository(*store).get(uuid);
        QVERIFY(p);
        QCOMPARE(p->birthFamilyName, QStringLiteral("Lefèvre"));
        QCOMPARE(p->meta.revision, 1);
        QCOMPARE(p->meta.workstationId, store->workstationId());
        QVERIFY(!p->meta.deleted);
    }

    void refusesAWrongKeyWithAClearError()
    {
        const QString file = path(QStringLiteral("wrongkey.db"));
        QVERIFY(Test::openStore(file, Test::testKey(1)));
        const QByteArray before = Test::readAll(file);
        StoreOptions options;
        options.path = file;
        auto store = Store::open(options, Test::testKey(2));
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::StoreWrongKey);
        QVERIFY2(store.error().userText.contains(QStringLiteral("clé")), qPrintable(store.error().userText));
        QCOMPARE(Test::readAll(file), before); // nothing written by the failed attempt
        // The right key still opens it.
        QVERIFY(Test::openStore(file, Test::testKey(1)));
    }

    void refusesAMissingStoreWhenNotAskedToCreate()
    {
        StoreOptions options;
        options.path = path(QStringLiteral("absent.db"));
        options.createIfMissing = false;
        auto store = Store::open(options, Test::testKey());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(options.path));
    }

    void migratesFromThePreviousSchemaVersion()
    {
        const QString file = path(QStringLiteral("v1.db"));
        {
            auto v1 = Test::openStore(file, Test::testKey(), 1);
            QVERIFY(v1);
            QCOMPARE(v1->schemaVersion(), 1);
            // A row as version 1 wrote it: no search keys yet.
            QVERIFY(
                v1->exec(QStringLiteral("INSERT INTO patient (uuid, revision, workstation_id, created_at, "
                                        "updated_at, birth_family_name, "
                                        "used_family_name, given_names, sex, birth_date) VALUES ('u-1', 3, "
                                        "'ws', '2020-01-01T00:00:00', "
                                        "'2020-01-01T00:00:00', 'Lefèvre', '', 'Zoé', 'F', '1950-02-03')")));
        }
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        auto found = PatientRepository(*store).search(QStringLiteral("lefe"), QDate(2026, 11, 23), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QCOMPARE(found->front().uuid, QStringLiteral("u-1"));
        QCOMPARE(PatientRepository(*store).get(QStringLiteral("u-1"))->meta.revision,
                 3); // carried over unchanged
    }

    void theSyncBasesMoveToARowidTableWithTheirContent()
    {
        // Regression (sync issue, initial sync): WITHOUT ROWID put each ~1.3 KB base in an
        // overflow page of its own. Version 12 moves them to a rowid table, keeping every row.
        const QString file = path(QStringLiteral("v11.db"));
        {
            auto v11 = Test::openStore(file, Test::testKey(), 11);
            QVERIFY(v11);
            const QString big(1500, u'x');
            QVERIFY(
                v11->exec(QStringLiteral("INSERT INTO sync_base (entity, record_uuid, revision, payload) "
                                         "VALUES ('patient', 'a', 4, '{\"a\":1}'), ('staff_account', 'a', 2, "
                                         "'{\"b\":2}'), ('patient', 'b', 7, '%1')")
                              .arg(big)));
        }
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        auto q = store->query(
            QStringLiteral("SELECT entity, record_uuid, revision, length(payload) FROM sync_base "
                           "ORDER BY entity, record_uuid"));
        QVERIFY(q);
        QStringList rows;
        while (*q->next()) {
            rows << QStringLiteral("%1/%2/%3/%4")
                        .arg(q->text(0), q->text(1))
                        .arg(q->integer(2))
                        .arg(q->integer(3));
        }
        QCOMPARE(rows,
                 QStringList({QStringLiteral("patient/a/4/7"), QStringLiteral("patient/b/7/1500"),
                              QStringLiteral("staff_account/a/2/7")}));
        auto sql = store->query(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'sync_base'"));
        QVERIFY(sql && *sql->next());
        QVERIFY(!sql->text(0).contains(QStringLiteral("WITHOUT ROWID")));
        // The key still holds: a base replaced, not added.
        QVERIFY(store->exec(QStringLiteral("INSERT OR REPLACE INTO sync_base (entity, record_uuid, revision, "
                                           "payload) VALUES ('patient', 'a', 5, '{}')")));
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM sync_base")), 3);
        QCOMPARE(*store->scalar(QStringLiteral("SELECT revision FROM sync_base WHERE record_uuid = 'a' AND "
                                               "entity = 'patient'")),
                 5);
        QVERIFY(store->integrityCheck());
    }

    void theRetentionPeriodsBecomePharmacySettingsQueuedForTheServer()
    {
        // Schema 13: what the titulaire set before sync existed reaches the other workstations.
        const QString file = path(QStringLiteral("v12.db"));
        {
            auto v12 = Test::openStore(file, Test::testKey(), 12);
            QVERIFY(v12);
            QVERIFY(v12->exec(QStringLiteral(
                "INSERT INTO retention_policy (category, active_months, archive_months, end_action, "
                "updated_at, "
                "updated_by) VALUES ('patient_file', 6, 40, 'purge', '2026-05-04T10:00:00.000Z', 'acct')")));
        }
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        auto rule = Retention::loadRule(*store, Retention::Category::PatientFile);
        QVERIFY(rule);
        QCOMPARE(rule->activeMonths, 6);
        QCOMPARE(rule->archiveMonths, 40);
        QCOMPARE(Retention::loadRule(*store, Retention::Category::AuditTrail)->activeMonths,
                 Retention::defaultRule(Retention::Category::AuditTrail).activeMonths);
        auto pending = Outbox(*store).pending(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), size_t(1));
        QCOMPARE(pending->at(0).entity, QStringLiteral("settings"));
        QCOMPARE(pending->at(0).recordUuid,
                 SettingsRepository::uuidFor(QStringLiteral("retention.patient_file")));
        QCOMPARE(pending->at(0).payloadObject().value(QStringLiteral("archiveMonths")).toInt(), 40);
        QCOMPARE(*store->scalar(
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'retention_policy'")),
                 0);
        // The same key, the same record on every workstation.
        QCOMPARE(SettingsRepository::uuidFor(QStringLiteral("retention.patient_file")),
                 SettingsRepository::uuidFor(QStringLiteral("retention.patient_file")));
        QVERIFY(SettingsRepository::uuidFor(QStringLiteral("retention.patient_file"))
                != SettingsRepository::uuidFor(QStringLiteral("retention.audit")));
    }

    void refusesAStoreFromANewerVersion()
    {
        const QString file = path(QStringLiteral("newer.db"));
        {
            auto s = Test::openStore(file, Test::testKey());
            QVERIFY(s);
            QVERIFY(s->setMeta(QStringLiteral("schema_version"),
                               QString::number(Store::latestSchemaVersion() + 1)));
        }
        StoreOptions options;
        options.path = file;
        auto store = Store::open(options, Test::testKey());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::StoreTooNew);
    }

    void aMigrationFailingHalfwayLeavesTheOldStoreUsable()
    {
        const QString file = path(QStringLiteral("failing-migration.db"));
        QString uuid;
        {
            auto s = Test::openStore(file, Test::testKey());
            QVERIFY(s);
            Model::Patient p = samplePatient();
            auto tx = Transaction::begin(*s);
            QVERIFY(PatientRepository(*s).insert(p, ctx(*s)));
            QVERIFY(tx->commit());
            uuid = p.meta.uuid;
        }
        std::vector<Migration> migrations = Store::schemaMigrations();
        const int next = Store::latestSchemaVersion() + 1;
        migrations.push_back({next, "fails halfway", [](Store& s) -> Result<void> {
                                  // First half succeeds: a new table and a changed row...
                                  if (auto r
                                      = s.exec(QStringLiteral("CREATE TABLE half_done (x INTEGER);"
                                                              "UPDATE patient SET given_names = 'CHANGED'"));
                                      !r) {
                                      return r;
                                  }
                                  // ...then the second half fails.
                                  return s.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
                              }});
        StoreOptions options;
        options.path = file;
        options.migrations = &migrations;
        auto failed = Store::open(options, Test::testKey());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::StoreMigrationFailed);

        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), Store::latestSchemaVersion());
        auto p = PatientRepository(*store).get(uuid);
        QVERIFY(p);
        QCOMPARE(p->givenNames, QStringLiteral("Élise Marie"));
        auto table
            = store->query(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        QVERIFY(table);
        QVERIFY(*table->next());
        QCOMPARE(table->integer(0), 0);
        QVERIFY(store->integrityCheck());
    }

    void noFamilyNameOrNirReachesTheDatabaseOrItsWal()
    {
        const QString file = path(QStringLiteral("plaintext-scan.db"));
        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        Demo::DemoGenerator generator(1234);
        QSet<QString> familyNames;
        QStringList nirs;
        auto tx = Transaction::begin(*store);
        PatientRepository repo(*store);
        for (int i = 0; i < 1000; ++i) {
            Model::Patient p = generator.nextPatient();
            familyNames.insert(p.birthFamilyName);
            if (!p.usedFamilyName.isEmpty()) {
                familyNames.insert(p.usedFamilyName);
            }
            nirs << p.nir;
            QVERIFY(repo.insert(p, ctx(*store)));
        }
        QVERIFY(tx->commit());
        // The committed data is in the WAL now; look at both files, then checkpoint and look again.
        auto scan = [&](const QString& when) {
            for (const QString& f : QStringList {file, file + QStringLiteral("-wal")}) {
                const QByteArray raw = Test::readAll(f);
                if (raw.isEmpty()) {
                    continue;
                }
                for (const QString& name : std::as_const(familyNames)) {
                    // A 3- or 4-byte name ("Roy") turns up by chance in a megabyte of ciphertext
                    // (about 6 % for 3 bytes); from 5 bytes on a chance hit is below 1e-5.
                    if (name.toUtf8().size() < 5) {
                        continue;
                    }
                    QVERIFY2(!raw.contains(name.toUtf8()), qPrintable(when + u' ' + f + u' ' + name));
                    QVERIFY2(!raw.contains(name.toUpper().toUtf8()), qPrintable(when + u' ' + f));
                }
                for (const QString& nir : std::as_const(nirs)) {
                    QVERIFY2(!raw.contains(nir.toLatin1()), qPrintable(when + u' ' + f));
                }
            }
        };
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 100000);
        scan(QStringLiteral("before checkpoint"));
        QVERIFY(store->checkpoint());
        scan(QStringLiteral("after checkpoint"));
        // The scan would find them in a plain SQLite file: proof that it can fail.
        StoreOptions plain;
        plain.path = path(QStringLiteral("plain-control.db"));
        plain.encryption = Encryption::PlaintextForBenchmarkOnly;
        auto control = Store::open(plain, SecureBuffer());
        QVERIFY(control);
        Model::Patient p = samplePatient();
        auto ptx = Transaction::begin(**control);
        QVERIFY(PatientRepository(**control).insert(p, ctx(**control)));
        QVERIFY(ptx->commit());
        QVERIFY(Test::readAll(plain.path + QStringLiteral("-wal")).contains("285077511504230"));
    }

    void aFlippedByteInAPageIsReportedNotRead()
    {
        const QString file = path(QStringLiteral("flipped.db"));
        qint64 patientRoot = 0;
        {
            auto store = Test::openStore(file, Test::testKey());
            QVERIFY(store);
            Demo::DemoGenerator generator(99);
            QVERIFY(generator.populate(*store, 500, ctx(*store)));
            QVERIFY(store->checkpoint());
            // The patient table's root page: every read of the table goes through it.
            auto root
                = store->query(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'patient'"));
            QVERIFY(root && *root->next());
            patientRoot = root->integer(0);
        }
        QVERIFY(patientRoot > 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 offset = (patientRoot - 1) * 4096 + 1000;
        QVERIFY(offset < f.size());
        f.seek(offset);
        char c = 0;
        f.getChar(&c);
        f.seek(offset);
        f.putChar(static_cast<char>(c ^ 0x01));
        f.close();

        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store); // page 1 is intact, so the store opens...
        auto check = store->integrityCheck();
        QVERIFY(!check); // ...but the damaged page is reported
        QCOMPARE(check.error().code, ErrorCode::StoreCorrupt);
        // Reading the table hits the page too and fails instead of returning garbage.
        auto all = PatientRepository(*store).count();
        QVERIFY(!all);
        QCOMPARE(all.error().code, ErrorCode::StoreCorrupt);
        auto rows = PatientRepository(*store).allForMigration();
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, ErrorCode::StoreCorrupt);
    }

    void theJsonWriterEscapesWhatJsonRequires()
    {
        const QStringList texts = {QString(),
                                   QStringLiteral("« Lefèvre-d'Aubigné »"),
                                   QStringLiteral("guillemet \" et barre \\ et /"),
                                   QStringLiteral("ligne\nretour\r\ttab"),
                                   QString(QChar(0x0001)) + QChar(0x001F) + QChar(0x2028),
                                   QStringLiteral("Œdème 😀 ½")};
        Json::Writer w;
        w.beginObject().key("texts").beginArray();
        for (const QString& t : texts) {
            w.value(t);
        }
        w.endArray()
            .field("big", std::numeric_limits<qint64>::max() / 1024)
            .field("negative", -42)
            .field("yes", true)
            .fieldIfSet("absent", QString())
            .key("nested")
            .beginObject()
            .field("k", QLatin1StringView("v"))
            .endObject()
            .endObject();
        const QByteArray text = w.take();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray back = o.value(QStringLiteral("texts")).toArray();
        QCOMPARE(back.size(), texts.size());
        for (int i = 0; i < texts.size(); ++i) {
            QCOMPARE(back.at(i).toString(), texts.at(i));
        }
        QVERIFY(!text.contains('\n')); // control characters escaped, never raw
        QCOMPARE(o.value(QStringLiteral("big")).toInteger(), std::numeric_limits<qint64>::max() / 1024);
        QCOMPARE(o.value(QStringLiteral("negative")).toInt(), -42);
        QCOMPARE(o.value(QStringLiteral("yes")).toBool(), true);
        QVERIFY(!o.contains(QStringLiteral("absent")));
        QCOMPARE(o.value(QStringLiteral("nested")).toObject().value(QStringLiteral("k")).toString(),
                 QStringLiteral("v"));
        // Taken: the writer starts a new document.
        w.beginArray().value(qint64(1)).endArray();
        QCOMPARE(w.take(), QByteArray("[1]"));
    }

    void aPatientsOutboxPayloadReadsBackAsThePatient()
    {
        auto store = Test::openStore(path(QStringLiteral("payload.db")), Test::testKey());
        QVERIFY(store);
        Model::Patient p = samplePatient();
        p.notes = QStringLiteral("Préfère les « gélules »\nsans lactose");
        p.allergies.push_back({Ids::newUuid(),
                               false,
                               QStringLiteral("Pénicilline \"G\""),
                               QStringLiteral("Urticaire"),
                               {},
                               QDate(2026, 1, 2)});
        p.reliabilityFlags << QStringLiteral("DPOT");
        p.document.documentType = QStringLiteral("CNI");
        p.document.checkedBy = QStringLiteral("acc");
        p.document.checkedAt = QDateTime(QDate(2026, 2, 3), QTime(9, 0), Qt::UTC);
        p.rights.restrictedAt = QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
        p.rights.restrictionReason = QStringLiteral("Exactitude contestée");
        {
            auto tx = Transaction::begin(*store);
            QVERIFY(PatientRepository(*store).insert(p, ctx(*store)));
            QVERIFY(tx->commit());
        }
        auto pending = Outbox(*store).pending(10);
        QVERIFY(pending && pending->size() == 1);
        const QJsonObject o = pending->front().payloadObject();
        QCOMPARE(o.value(QStringLiteral("uuid")).toString(), p.meta.uuid);
        QCOMPARE(o.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("birthFamilyName")).toString(), p.birthFamilyName);
        QCOMPARE(o.value(QStringLiteral("notes")).toString(), p.notes);
        const QJsonObject allergy = o.value(QStringLiteral("allergies")).toArray().at(0).toObject();
        QCOMPARE(allergy.value(QStringLiteral("text")).toString(), QStringLiteral("Pénicilline \"G\""));
        QCOMPARE(allergy.value(QStringLiteral("recordedOn")).toString(), QStringLiteral("2026-01-02"));
        QCOMPARE(o.value(QStringLiteral("reliabilityFlags")).toArray().at(0).toString(),
                 QStringLiteral("DPOT"));
        QCOMPARE(
            o.value(QStringLiteral("identityDocument")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("CNI"));
        QCOMPARE(o.value(QStringLiteral("rights"))
                     .toObject()
                     .value(QStringLiteral("restrictionReason"))
                     .toString(),
                 QStringLiteral("Exactitude contestée"));
        QVERIFY(o.value(QStringLiteral("insi")).toObject().isEmpty()); // nothing recorded
        // The structured columns read back as written.
        auto stored = PatientRepository(*store).get(p.meta.uuid);
        QVERIFY(stored);
        QCOMPARE(stored->notes, p.notes);
        QCOMPARE(stored->allergies.size(), size_t(1));
        QCOMPARE(stored->allergies.front().text, p.allergies.front().text);
        QCOMPARE(stored->reliabilityFlags, p.reliabilityFlags);
        QCOMPARE(stored->document.documentType, QStringLiteral("CNI"));
        QCOMPARE(stored->rights.restrictionReason, p.rights.restrictionReason);
        QVERIFY(stored->rights.restricted());
    }

    void creationsAreQueuedByReferenceAndSupersededByTheirChanges()
    {
        auto store = Test::openStore(path(QStringLiteral("byref.db")), Test::testKey());
        QVERIFY(store);
        PatientRepository repo(*store);
        Model::Patient p = samplePatient();
        Storage::HistoryEntry h;
        {
            auto tx = Transaction::begin(*store);
            QVERIFY(repo.insert(p, ctx(*store)));
            h.patientUuid = p.meta.uuid;
            h.kind = QStringLiteral("import");
            h.source = QStringLiteral("import");
            h.reason = QStringLiteral("Import, ligne 2");
            h.changes.push_back({QStringLiteral("birth_family_name"), {}, {}});
            QVERIFY(Storage::PatientHistory(*store).append(h, ctx(*store)));
            QVERIFY(tx->commit());
        }
        // Stored without a copy of the record...
        auto raw = store->query(QStringLiteral("SELECT count(*) FROM outbox WHERE payload = ''"));
        QVERIFY(raw && *raw->next());
        QCOMPARE(raw->integer(0), 2);
        // ...and sent as the record stands.
        auto pending = Outbox(*store).pending(10);
        QVERIFY(pending);
        QCOMPARE(pending->size(), size_t(2));
        QVERIFY(!pending->at(0).superseded);
        QCOMPARE(pending->at(0).payloadObject().value(QStringLiteral("birthFamilyName")).toString(),
                 p.birthFamilyName);
        const QJsonObject history = pending->at(1).payloadObject();
        QCOMPARE(history.value(QStringLiteral("reason")).toString(), QStringLiteral("Import, ligne 2"));
        QCOMPARE(history.value(QStringLiteral("patientUuid")).toString(), p.meta.uuid);
        QCOMPARE(history.value(QStringLiteral("changes")).toArray().size(), 1);

        // Once the file changes, its creation has nothing left to send: the update carries
        // the record, with its own payload.
        {
            auto tx = Transaction::begin(*store);
            p.city = QStringLiteral("Lyon");
            QVERIFY(repo.update(p, ctx(*store)));
            QVERIFY(tx->commit());
        }
        pending = Outbox(*store).pending(10);
        QCOMPARE(pending->size(), size_t(3));
        QVERIFY(pending->at(0).superseded);
        QVERIFY(pending->at(0).payload.isEmpty());
        QCOMPARE(pending->at(2).revision, 2);
        QVERIFY(!pending->at(2).superseded);
        QCOMPARE(pending->at(2).payloadObject().value(QStringLiteral("city")).toString(),
                 QStringLiteral("Lyon"));
        QCOMPARE(pending->at(2).payloadObject().value(QStringLiteral("revision")).toInt(), 2);
    }

    void everyChangeWritesItsOutboxRowInTheSameTransaction()
    {
        auto store = Test::openStore(path(QStringLiteral("outbox.db")), Test::testKey());
        QVERIFY(store);
        PatientRepository repo(*store);
        Outbox outbox(*store);
        Model::Patient p = samplePatient();
        {
            auto tx = Transaction::begin(*store);
            QVERIFY(repo.insert(p, ctx(*store)));
            // not committed: rolled back by the destructor
        }
        QCOMPARE(*outbox.count(), 0);
        QCOMPARE(*repo.count(), 0);

        p.meta = {};
        auto tx = Transaction::begin(*store);
        QVERIFY(repo.insert(p, ctx(*store)));
        QVERIFY(tx->commit());
        auto tx2 = Transaction::begin(*store);
        p.city = QStringLiteral("Lyon");
        QVERIFY(repo.update(p, ctx(*store)));
        QVERIFY(tx2->commit());
        QCOMPARE(p.meta.revision, 2);
        auto tx3 = Transaction::begin(*store);
        p.meta.deleted = true; // a tombstone: an update like any other
        QVERIFY(repo.update(p, ctx(*store)));
        QVERIFY(tx3->commit());

        auto entries = outbox.pending(10);
        QVERIFY(entries);
        QCOMPARE(entries->size(), size_t(3));
        QCOMPARE(entries->at(0).operation, OutboxOperation::Create);
        QCOMPARE(entries->at(1).operation, OutboxOperation::Update);
        QCOMPARE(entries->at(2).operation, OutboxOperation::Delete);
        QCOMPARE(entries->at(2).revision, 3);
        QCOMPARE(entries->at(1).recordUuid, p.meta.uuid);
        QCOMPARE(entries->at(1).workstationId, store->workstationId());
        // The tombstone stays in the table but not in searches.
        auto stored = repo.get(p.meta.uuid);
        QVERIFY(stored && stored->meta.deleted);
        QCOMPARE(repo.search(QStringLiteral("lef"), QDate(2026, 11, 23), 10)->size(), size_t(0));
    }

    void aCrashInTheMiddleOfAWriteKeepsWhatWasCommitted()
    {
        const QString file = path(QStringLiteral("crash.db"));
        QVERIFY(Test::openStore(file, Test::testKey()));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child commits 200 patients, then dies by SIGKILL halfway through a second
            // transaction. Its page cache is tiny, so the transaction's dirty pages have already
            // spilled into the WAL when it dies.
            StoreOptions options;
            options.path = file;
            options.cacheKiB = 64;
            auto opened = Store::open(options, Test::testKey());
            if (!opened) {
                _exit(2);
            }
            auto& store = *opened;
            Demo::DemoGenerator generator(77);
            if (!generator.populate(*store, 200, ctx(*store))) {
                _exit(2);
            }
            const qint64 walBefore = QFileInfo(file + QStringLiteral("-wal")).size();
            if (!store->begin()) {
                _exit(3);
            }
            PatientRepository repo(*store);
            for (int i = 0; i < 5000; ++i) {
                Model::Patient p = generator.nextPatient();
                if (!repo.insert(p, ctx(*store))) {
                    _exit(4);
                }
                if (i == 2500) {
                    if (QFileInfo(file + QStringLiteral("-wal")).size() <= walBefore) {
                        _exit(6); // nothing spilled: the test would prove nothing
                    }
                    raise(SIGKILL);
                }
            }
            _exit(5);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL, "the child must die mid-transaction");

        auto store = Test::openStore(file, Test::testKey());
        QVERIFY(store);
        QVERIFY(store->integrityCheck());
        QCOMPARE(*PatientRepository(*store).count(), 200);
        QCOMPARE(*Outbox(*store).count(), 200);
        auto projection = store->query(QStringLiteral("SELECT count(DISTINCT uuid) FROM patient_search"));
        QVERIFY(projection && *projection->next());
        QCOMPARE(projection->integer(0), 200);
    }

    void aBindingThatFailsStopsTheStatementInsteadOfRunningItWithNull()
    {
        auto store = Test::openStore(m_dir.filePath(QStringLiteral("bind.db")), Test::testKey());
        QVERIFY(store);
        QVERIFY(store->exec(QStringLiteral("CREATE TABLE t (a TEXT, b TEXT)")));
        auto q = store->query(QStringLiteral("INSERT INTO t (a, b) VALUES (?1, ?2)"));
        QVERIFY(q);
        // ?3 does not exist: SQLite refuses the binding (SQLITE_RANGE); the statement must not run
        // with its real parameters left as they were.
        q->bind(1, QStringLiteral("x")).bind(3, QStringLiteral("y"));
        auto r = q->run();
        QVERIFY(!r);
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM t")), 0);
        // The next use of the same cached statement starts clean.
        auto again = store->query(QStringLiteral("INSERT INTO t (a, b) VALUES (?1, ?2)"));
        again->bind(1, QStringLiteral("x")).bind(2, QStringLiteral("y"));
        QVERIFY(again->run());
        QCOMPARE(*store->scalar(QStringLiteral("SELECT count(*) FROM t")), 1);
    }

    void theStatementCacheIsBoundedAndNeverEvictsAStatementInUse()
    {
        auto store = Test::openStore(m_dir.filePath(QStringLiteral("cache.db")), Test::testKey());
        QVERIFY(store);
        QVERIFY(
            store->exec(QStringLiteral("CREATE TABLE n (v INTEGER); INSERT INTO n VALUES (1), (2), (3)")));
        auto held = store->query(QStringLiteral("SELECT v FROM n ORDER BY v"));
        QVERIFY(held);
        QCOMPARE(*held->next(), true);
        QCOMPARE(held->integer(0), 1);
        for (int i = 0; i < 1000; ++i) {
            // 1,000 distinct texts, as a query building values into its SQL would make.
            QCOMPARE(*store->scalar(QStringLiteral("SELECT %1 + 1").arg(i)), qint64(i + 1));
            QVERIFY(store->cachedStatements() <= Storage::Store::statementCacheLimit + 1);
        }
        // The statement held through all of that is still prepared and still stepping.
        QCOMPARE(*held->next(), true);
        QCOMPARE(held->integer(0), 2);
        QCOMPARE(*held->next(), true);
        QCOMPARE(held->integer(0), 3);
    }

    void newIdentifiersAreVersion7UuidsInCreationOrder()
    {
        static const QRegularExpression shape(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QSet<QString> seen;
        QString previous;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        // Far more than 4,096 in a millisecond's counter: still ordered and unique.
        for (int i = 0; i < 20000; ++i) {
            const QString id = Ids::newUuid();
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(previous < id, qPrintable(previous + u' ' + id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
        // The first 48 bits are the time in milliseconds.
        const qint64 ms = QString(previous).remove(u'-').left(12).toLongLong(nullptr, 16);
        QVERIFY(ms >= before);
        QVERIFY(ms <= QDateTime::currentMSecsSinceEpoch() + 100);
        // The last 8 digits, which the audit indexes key on (schema v9), vary.
        QSet<QString> tails;
        for (const QString& id : std::as_const(seen)) {
            tails.insert(id.right(8));
        }
        QVERIFY(tails.size() > 19990);
    }

    void refusesAStaleRevision()
    {
        auto store = Test::openStore(path(QStringLiteral("conflict.db")), Test::testKey());
        PatientRepository repo(*store);
        Model::Patient p = samplePatient();
        auto tx = Transaction::begin(*store);
        QVERIFY(repo.insert(p, ctx(*store)));
        QVERIFY(tx->commit());
        Model::Patient a = p, b = p;
        auto t1 = Transaction::begin(*store);
        QVERIFY(repo.update(a, ctx(*store)));
        QVERIFY(t1->commit());
        auto t2 = Transaction::begin(*store);
        auto stale = repo.update(b, ctx(*store));
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
    }

    void searchesByNamePrefixIgnoringCaseAndAccents()
    {
        auto store = Test::openStore(path(QStringLiteral("search.db")), Test::testKey());
        PatientRepository repo(*store);
        auto tx = Transaction::begin(*store);
        auto add = [&](const char* birth, const char* used, const char* given) {
            Model::Patient p;
            p.birthFamilyName = QString::fromUtf8(birth);
            p.usedFamilyName = QString::fromUtf8(used);
            p.givenNames = QString::fromUtf8(given);
            p.sex = Model::Sex::Female;
            p.birthDate = QDate(1940, 1, 1);
            QVERIFY(repo.insert(p, ctx(*store)));
        };
        add("Lefèvre", "", "Élise");
        add("Lefebvre", "", "Anne");
        add("Martin", "Lefort", "Zoé");
        add("Le Goff", "", "Léa");
        add("Œillet", "", "Chloé");
        QVERIFY(tx->commit());
        auto names = [&](const QString& q) {
            QStringList out;
            const auto found = repo.search(q, QDate(2026, 11, 23), 50);
            for (const auto& p : *found) {
                out << p.birthFamilyName;
            }
            return out;
        };
        QCOMPARE(names(QStringLiteral("lefe")),
                 (QStringList {QStringLiteral("Lefebvre"), QStringLiteral("Lefèvre")}));
        QCOMPARE(names(QStringLiteral("LEFÈ")),
                 (QStringList {QStringLiteral("Lefebvre"), QStringLiteral("Lefèvre")}));
        QCOMPARE(names(QStringLiteral("lef")).size(), 3); // Lefort is a used name
        QCOMPARE(names(QStringLiteral("lefe an")), QStringList {QStringLiteral("Lefebvre")});
        QCOMPARE(names(QStringLiteral("le g")), QStringList {QStringLiteral("Le Goff")});
        QCOMPARE(names(QStringLiteral("oei")), QStringList {QString::fromUtf8("Œillet")});
        QCOMPARE(names(QStringLiteral("x")), QStringList {});
        QCOMPARE(repo.search(QStringLiteral("l"), QDate(2026, 11, 23), 2)->size(), size_t(2)); // limit holds
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
