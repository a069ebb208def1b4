// Two workstations of one pharmacy side by side, as a pharmacist sees them: the real main
// window (offscreen) of each, over its own encrypted store and service graph
// (App::Workstation), syncing through a real officine-server and PostgreSQL. What one counter
// records reaches the other's window; both status bars say where they stand. With
// OFFICINE_TEST_ARTIFACTS set, the two windows are saved side by side (two-workstations.png).

#include "../unit/testutil.h"
#include "auth/role.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "mainwindow.h"
#include "serverharness.h"
#include "services/patientdirectory.h"
#include "settings/settings.h"
#include "storage/patientrepository.h"
#include "sync/devicekey.h"
#include "sync/httptransport.h"
#include "sync/syncworker.h"
#include "testpki.h"
#include "translations.h"
#include "util/clock.h"
#include "workstation.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStatusBar>
#include <QTest>

using namespace Officine;

namespace {

struct Counter
{
    QString name;
    QString path;
    QByteArray keyHex;
    std::unique_ptr<Storage::Store> store;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<App::Workstation> workstation;
    Ui::ShellContext context;
    std::unique_ptr<Ui::MainWindow> window;
    std::shared_ptr<const Sync::DeviceKey> device;

    QString statusText() const
    {
        auto* label = window->findChild<QLabel*>(QStringLiteral("status.sync"));
        return label ? label->text() : QString();
    }
};

} // namespace

class TestTwoWorkstations : public QObject
{
    Q_OBJECT

    Test::PostgresCluster m_pg;
    std::unique_ptr<Test::ServerFleet> m_fleet;
    QUrl m_url;
    QTemporaryDir m_dir;
    Test::CardPki m_pki;
    SystemClock m_clock;
    Counter m_a, m_b;

    Sync::CardSigner signer() const { return m_pki.signer(); }

    void setUp(Counter& c, const QString& name)
    {
        c.name = name;
        c.path = m_dir.filePath(name + QStringLiteral(".db"));
        c.keyHex = SecureBuffer::random(32)->view().toByteArray().toHex();
        const auto open = [path = c.path, hex = c.keyHex]() -> Result<std::unique_ptr<Storage::Store>> {
            QByteArray key = QByteArray::fromHex(hex);
            Storage::StoreOptions o;
            o.path = path;
            return Storage::Store::open(o, SecureBuffer::fromAndWipe(key));
        };
        auto store = open();
        QVERIFY(store);
        c.store = std::move(*store);
        c.settings = std::make_unique<Settings>(m_dir.filePath(name + QStringLiteral(".conf")));
        App::Workstation::Options o;
        o.store = c.store.get();
        o.clock = &m_clock;
        o.settings = c.settings.get();
        o.storePath = c.path;
        o.cardSignIn = false;
        o.fixedActor
            = Commands::Actor {QStringLiteral("titulaire-") + name, QStringLiteral("Claire TITULAIRE"),
                               QStringLiteral("810001000001"), Auth::permissionsOf(Auth::Role::Titulaire)};
        o.connections = open;
        QString base = m_url.toString();
        base.chop(3); // the workstation adds /v1
        o.syncServerUrl = base;
        o.syncServerCa = m_dir.filePath(QStringLiteral("server-ca.pem"));
        c.workstation = std::make_unique<App::Workstation>(std::move(o));
        c.context = c.workstation->shellContext();
        QVERIFY(c.context.sync);
        c.workstation->start();
        // Enrolled by the titulaire's card, then a session signed by it (what the card sign-in
        // does in the app).
        c.device = std::make_shared<const Sync::DeviceKey>(*Sync::DeviceKey::generate());
        Sync::ServerClient client(m_url, QSslCertificate::fromData(m_fleet->tlsCaPem(), QSsl::Pem));
        QVERIFY(client.enrol(QStringLiteral("750000001"), c.store->workstationId(),
                             QStringLiteral("Comptoir ") + name, *c.device, signer()));
        bool opened = false;
        c.context.sync->openSession(c.device, signer(),
                                    [&opened](const Result<void>& r) { opened = bool(r); });
        QTRY_VERIFY(opened);
        const Ui::ShellContext& ctx = c.context;
        c.window = std::make_unique<Ui::MainWindow>(ctx);
        c.window->resize(1280, 800);
        c.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
    }

    void saveSideBySide(const QString& file)
    {
        if (qEnvironmentVariableIsEmpty("OFFICINE_TEST_ARTIFACTS")) {
            return;
        }
        QApplication::processEvents();
        const QPixmap left = m_a.window->grab();
        const QPixmap right = m_b.window->grab();
        QPixmap both(left.width() + right.width() + 8, std::max(left.height(), right.height()));
        both.fill(Qt::darkGray);
        QPainter p(&both);
        p.drawPixmap(0, 0, left);
        p.drawPixmap(left.width() + 8, 0, right);
        p.end();
        both.save(qEnvironmentVariable("OFFICINE_TEST_ARTIFACTS") + QLatin1Char('/') + file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Ui::Translations::install(QStringLiteral("fr")));
        m_pki = Test::CardPki::make(9201);
        QVERIFY(m_pg.start(54333));
        m_fleet = Test::preparePharmacy(m_pg, m_pki);
        QVERIFY(m_fleet);
        m_url = m_fleet->start();
        QVERIFY(!m_url.isEmpty());
        QFile ca(m_dir.filePath(QStringLiteral("server-ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_fleet->tlsCaPem());
        ca.close();
        setUp(m_a, QStringLiteral("A"));
        setUp(m_b, QStringLiteral("B"));
    }

    void cleanupTestCase()
    {
        for (Counter* c : {&m_a, &m_b}) {
            c->window.reset();
            if (c->workstation) {
                c->workstation->stop();
            }
            c->workstation.reset();
        }
        m_fleet.reset();
        m_pg.stop();
    }

    void whatOneCounterRecordsTheOtherShows()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_a.statusText().contains(QStringLiteral("à jour")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_b.statusText().contains(QStringLiteral("à jour")), 10000);
        // At counter A, a new patient file: the command's commit sends it within moments.
        Model::Patient p;
        p.birthFamilyName = QStringLiteral("FONTAINE");
        p.givenNames = QStringLiteral("Élodie Marie");
        p.sex = Model::Sex::Female;
        p.birthDate = Model::BirthDate::fromIso(QStringLiteral("1957-06-21"));
        p.city = QStringLiteral("Lyon");
        Commands::CreatePatientCommand create(p, QDate::currentDate());
        QVERIFY(m_a.workstation->executor().execute(create));
        const QString uuid = create.patient().meta.uuid;
        QTRY_COMPARE_WITH_TIMEOUT(
            m_pg.sql(QStringLiteral("SELECT count(*) FROM record WHERE id = '%1'").arg(uuid),
                     QStringLiteral("officine"))
                .value(0),
            QStringLiteral("1"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_a.statusText().contains(QStringLiteral("à jour")), 10000);
        // Counter B receives it at its next sync (here asked at once; otherwise within a minute).
        m_b.context.sync->requestSync();
        QTRY_VERIFY_WITH_TIMEOUT(Storage::PatientRepository(*m_b.store).get(uuid).has_value(), 10000);
        QCOMPARE(Storage::PatientRepository(*m_b.store).get(uuid)->givenNames,
                 QStringLiteral("Élodie Marie"));
        auto found = m_b.workstation->patients().search(QStringLiteral("fontaine"), 10);
        QVERIFY(found);
        QCOMPARE(found->size(), size_t(1));
        QTRY_VERIFY_WITH_TIMEOUT(m_b.statusText().contains(QStringLiteral("à jour")), 10000);
        // What A's trail says of the file (its creation) is in B's copy of A's chain, entry for
        // entry, so the file's access history on B shows who created it at counter A.
        const QString entriesOfA
            = QStringLiteral("SELECT count(*) FROM audit_entry e JOIN audit_chain c ON c.id = e.chain "
                             "WHERE c.workstation_id = '%1' AND e.patient_uuid = '%2'")
                  .arg(m_a.store->workstationId(), uuid);
        const qint64 onA = *m_a.store->scalar(entriesOfA);
        QCOMPARE(*m_a.store->scalar(entriesOfA + QStringLiteral(" AND e.action = 'create'")), 1);
        QCOMPARE(*m_b.store->scalar(entriesOfA), onA);
        QCOMPARE(*m_b.store->scalar(
                     QStringLiteral(
                         "SELECT count(*) FROM audit_chain WHERE received = 1 AND workstation_id = '%1'")
                         .arg(m_a.store->workstationId())),
                 1);
        // B's window shows it without anyone touching it (regression: the list stayed empty
        // until the next local change), and showing it is not a consultation.
        const qint64 viewsOnB
            = *m_b.store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'view'"));
        auto* count = m_b.window->findChild<QLabel*>(QStringLiteral("patients.count"));
        QVERIFY(count);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("1 patient dans l'officine"), 5000);
        QCOMPARE(*m_b.store->scalar(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'view'")),
                 viewsOnB);
        saveSideBySide(QStringLiteral("two-workstations.png"));

        // A signs out: A's changes wait, and its status bar says so; B is unaffected.
        m_a.context.sync->endSession();
        Model::Patient q = p;
        q.birthFamilyName = QStringLiteral("GARNIER");
        q.meta = {};
        Commands::CreatePatientCommand second(q, QDate::currentDate());
        QVERIFY(m_a.workstation->executor().execute(second));
        // The bar says "en attente d'une carte" as soon as the session ends (nothing waits yet),
        // then counts the file created after it once the worker has counted the outbox.
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_a.statusText().contains(QStringLiteral("carte"))
                && m_a.statusText().contains(QStringLiteral("modifications en attente")),
            qPrintable(m_a.statusText()), 10000);
        QVERIFY(m_b.statusText().contains(QStringLiteral("à jour")));
        saveSideBySide(QStringLiteral("two-workstations-waiting.png"));
    }
};

QTEST_MAIN(TestTwoWorkstations)
#include "test_twoworkstations.moc"
