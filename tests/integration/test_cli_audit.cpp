// officine-cli audit verify / export against a store opened the application's way (key in the
// real Secret Service, run under tests/harness/with-keyring.sh), and the inspector's
// independent checker (tools/audit/verify-export.py) on the export.

#include "audit/auditrecorder.h"
#include "audit/audittrail.h"
#include "audit/checkpointer.h"
#include "auth/cardverifier.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "platform/keychainsecretstore.h"
#include "platform/profile.h"
#include "services/patientdirectory.h"
#include "testpki.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/evp.h>

using namespace Officine;
using Officine::Tools::TestPki;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Platform::Profile m_profile;
    Platform::KeychainSecretStore m_secrets;
    QString m_trustDir;
    QString m_rootPem;
    QString m_caPem;

    Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(OFFICINE_CLI),
                QStringList {QStringLiteral("--data-dir"), m_dir.path()} + args);
        p.waitForFinished(60000);
        return Run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
    }
    Run checker(const QString& exportFile)
    {
        QProcess p;
        p.start(QStringLiteral("python3"),
                {QStringLiteral(OFFICINE_EXPORT_CHECKER), exportFile, QStringLiteral("--trust"), m_rootPem,
                 QStringLiteral("--trust"), m_caPem});
        p.waitForFinished(60000);
        return Run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                    QString::fromUtf8(p.readAllStandardError())};
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_profile = Platform::Profile::make(false, m_dir.path());
        SystemClock clock;
        const QDateTime now = clock.now();
        auto root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST"), now.addDays(-1));
        auto ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST"), root, now.addDays(-1));
        TestPki::HolderSpec spec;
        spec.idNatPs = QStringLiteral("810012345673");
        spec.familyName = QStringLiteral("Démo");
        spec.givenName = QStringLiteral("Claire");
        spec.notBefore = now.addDays(-10);
        spec.notAfter = now.addDays(1000);
        auto pharmacist = TestPki::makeHolder(spec, ca, 77);
        m_trustDir = m_dir.filePath(QStringLiteral("trust"));
        QVERIFY(QDir().mkpath(m_trustDir));
        m_rootPem = m_trustDir + QStringLiteral("/root.pem");
        m_caPem = m_trustDir + QStringLiteral("/intermediate.pem");
        write(m_rootPem, root.certificatePem());
        write(m_caPem, ca.certificatePem());

        // A working day: a file created and opened, a refusal, a signed checkpoint.
        auto store = Platform::StoreOpener::open(m_profile, m_secrets, true);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().logText));
        Commands::CommandExecutor executor(**store, clock);
        const Commands::Actor claire {QStringLiteral("claire"), QStringLiteral("Claire DÉMO"),
                                      QStringLiteral("810012345673"),
                                      Auth::permissionsOf(Auth::Role::Titulaire)};
        executor.setActor(claire);
        Model::Patient p;
        p.birthFamilyName = QStringLiteral("Testeur");
        p.givenNames = QStringLiteral("Paul");
        p.birthDate = QDate(1950, 1, 1);
        Commands::CreatePatientCommand create(p, clock.today());
        QVERIFY(executor.execute(create));
        Services::PatientDirectory directory(executor);
        QVERIFY(directory.get(create.patient().meta.uuid));
        executor.setActor(Commands::Actor {QStringLiteral("etudiant"), QStringLiteral("E"), QString(), {}});
        QVERIFY(!directory.get(create.patient().meta.uuid));
        Auth::CardVerifier verifier(clock, {root.certificatePem()}, {ca.certificatePem()});
        Audit::Checkpointer checkpointer(**store, clock, verifier);
        auto c = checkpointer.prepare(claire);
        QVERIFY(c);
        QVERIFY(
            checkpointer.complete(*c, pharmacist.certificateDer(), TestPki::sign(pharmacist, c->payload())));
    }

    void verifyReportsIntactThenExportPassesTheIndependentChecker()
    {
        const Run v
            = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trust"), m_trustDir});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        QVERIFY2(v.out.startsWith(QStringLiteral("intact")), qPrintable(v.out));
        QVERIFY(v.out.contains(QStringLiteral("1 point(s) de contrôle")));
        // What "intact" rests on: the entries up to the signed checkpoint.
        QVERIFY2(v.out.contains(QStringLiteral("ancré jusqu'à l'entrée n°")), qPrintable(v.out));

        const QString file = m_dir.filePath(QStringLiteral("inspection.jsonl"));
        const Run e = cli({QStringLiteral("audit"), QStringLiteral("export"), file});
        QVERIFY2(e.code == 0, qPrintable(e.out + e.err));
        const Run check = checker(file);
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.startsWith(QStringLiteral("intact")));
        // The export carries no name.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("Testeur"));
        QVERIFY(!bytes.contains("Paul"));

        // One byte changed in the exported file: the independent checker names the entry.
        QByteArray altered = bytes;
        const qsizetype at = altered.indexOf("\"action\":\"view\"");
        QVERIFY(at > 0);
        altered.replace(at, 15, "\"action\":\"vieW\"");
        write(m_dir.filePath(QStringLiteral("altered.jsonl")), altered);
        const Run bad = checker(m_dir.filePath(QStringLiteral("altered.jsonl")));
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.out.contains(QStringLiteral("contenu modifié")), qPrintable(bad.out));
    }

    void verifyFailsWithANonZeroStatusOnATamperedStore()
    {
        {
            auto store = Platform::StoreOpener::open(m_profile, m_secrets, false);
            QVERIFY(store);
            QVERIFY((*store)->exec(QStringLiteral("DROP TRIGGER audit_entry_no_update")));
            QVERIFY((*store)->exec(
                QStringLiteral("UPDATE audit_entry SET account_uuid = 'someone-else' WHERE seq = 2")));
        }
        const Run v
            = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--trust"), m_trustDir});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QStringLiteral("ALTÉRÉ")), qPrintable(v.err));
        QVERIFY2(v.err.contains(QStringLiteral("n° 2")), qPrintable(v.err));

        const QString file = m_dir.filePath(QStringLiteral("tampered.jsonl"));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("export"), file}).code, 0);
        const Run check = checker(file);
        QCOMPARE(check.code, 1);
        QVERIFY(check.out.contains(QStringLiteral("n° 2")));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("nonsense")}).code, 2);
    }

    void verifyRefusesAnEmptiedTrailAndATailCutAfterItsLastRun()
    {
        QTemporaryDir dir;
        const Platform::Profile profile = Platform::Profile::make(false, dir.path());
        SystemClock clock;
        {
            auto store = Platform::StoreOpener::open(profile, m_secrets, true);
            QVERIFY(store);
            Commands::CommandExecutor executor(**store, clock);
            executor.setActor(Commands::Actor {QStringLiteral("claire"), QStringLiteral("Claire DÉMO"),
                                               QStringLiteral("810012345673"),
                                               Auth::permissionsOf(Auth::Role::Titulaire)});
            for (int i = 0; i < 5; ++i) {
                Model::Patient p;
                p.birthFamilyName = QStringLiteral("Testeur");
                p.givenNames = QStringLiteral("Paul");
                p.birthDate = QDate(1950, 1, 1 + i);
                Commands::CreatePatientCommand create(p, clock.today());
                create.setDuplicatesReviewed(true); // five namesakes a day apart
                QVERIFY(executor.execute(create));
            }
        }
        auto run = [&dir](const QStringList& args) {
            QProcess p;
            p.start(QStringLiteral(OFFICINE_CLI),
                    args + QStringList {QStringLiteral("--data-dir"), dir.path()});
            p.waitForFinished(60000);
            return Run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                        QString::fromUtf8(p.readAllStandardError())};
        };
        const QStringList verify {QStringLiteral("audit"), QStringLiteral("verify")};
        Run v = run(verify);
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        QVERIFY2(v.out.contains(QStringLiteral("aucun point de contrôle signé")), qPrintable(v.out));
        // The tail cut by someone holding the key: short of the head the last run verified.
        {
            auto store = Platform::StoreOpener::open(profile, m_secrets, false);
            QVERIFY((*store)->exec(QStringLiteral("DROP TRIGGER audit_entry_no_delete")));
            QVERIFY((*store)->exec(QStringLiteral("DELETE FROM audit_entry WHERE seq > 3")));
        }
        v = run(verify);
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QStringLiteral("avait été vérifiée jusqu'à")), qPrintable(v.err));
        // Emptied altogether (and the remembered heads with it): records without a trail.
        {
            auto store = Platform::StoreOpener::open(profile, m_secrets, false);
            QVERIFY((*store)->exec(QStringLiteral("DELETE FROM audit_entry; DELETE FROM audit_chain; "
                                                  "DELETE FROM meta WHERE key = 'audit_verified_heads'")));
        }
        v = run(verify);
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QStringLiteral("vidé")), qPrintable(v.err));
        QVERIFY(!v.err.contains(QStringLiteral("intact")));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"
