#define OPENSSL_SUPPRESS_DEPRECATED
#include "auth/password.h"
#include "auth/totp.h"
#include "commands/commandexecutor.h"
#include "commands/patientcommands.h"
#include "logging/logging.h"
#include "testutil.h"
#include "util/parallel.h"
#include "util/processhardening.h"
#include "util/random.h"
#include "util/securebuffer.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <openssl/rand.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <vector>

using namespace Officine;

namespace {
QStringList g_lines;
void captureSink(const QString& line)
{
    g_lines << line;
}
} // namespace

class TestSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Logging::install();
        Logging::setSink(&captureSink);
        QLoggingCategory::setFilterRules(QStringLiteral("officine.*.debug=true"));
    }
    void cleanupTestCase() { Logging::setSink(nullptr); }

    void scrubberMasksIdentifiersThatSlipIntoALogLine_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("NIR") << "lookup 285077511504230 failed"
                             << "285077511504230";
        QTest::newRow("NIR with spaces") << "nir=2 85 07 75 115 042 30"
                                         << "115 042";
        QTest::newRow("Corsican NIR") << "x 178032A00412376 y"
                                      << "178032A00412376";
        QTest::newRow("13 digits") << "x 1780319004123 y"
                                   << "1780319004123";
        QTest::newRow("e-mail") << "mail to jeanne.dupont@example.org"
                                << "jeanne.dupont";
        QTest::newRow("phone") << "call 06 39 98 12 34"
                               << "39 98 12";
        QTest::newRow("phone +33") << "call +33 6 39 98 12 34"
                                   << "39 98 12";
    }
    void scrubberMasksIdentifiersThatSlipIntoALogLine()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QString out = Logging::scrub(message);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("masqué")));
    }

    void scrubberLeavesOrdinaryLinesAlone()
    {
        const QString line
            = QStringLiteral("store opened, schema version 2, 1234 ms, uuid 3f79e184-6287-4baa");
        QCOMPARE(Logging::scrub(line), line);
    }

    void aPatientPrintsOnlyItsUuid()
    {
        Model::Patient p;
        p.meta.uuid = QStringLiteral("u-42");
        p.birthFamilyName = QStringLiteral("Fontaine");
        p.givenNames = QStringLiteral("Odette");
        p.city = QStringLiteral("Rouen");
        g_lines.clear();
        qCInfo(lcApp) << "opening" << p;
        QCOMPARE(g_lines.size(), 1);
        QVERIFY(g_lines.first().contains(QStringLiteral("u-42")));
        QVERIFY(!g_lines.first().contains(QStringLiteral("Fontaine")));
        QVERIFY(!g_lines.first().contains(QStringLiteral("Odette")));
        QVERIFY(g_lines.first().contains(QStringLiteral("officine.app")));
    }

    void runningCommandsLogsNoHealthData()
    {
        QTemporaryDir dir;
        auto store = Test::openStore(dir.filePath(QStringLiteral("log.db")), Test::testKey());
        FakeClock clock;
        Commands::CommandExecutor executor(*store, clock);
        executor.setActor(Commands::Actor {
            QStringLiteral("a1"), QStringLiteral("x"), QString(), {Commands::Permission::PatientWrite}});
        Model::Patient p;
        p.birthFamilyName = QStringLiteral("Quéméner");
        p.givenNames = QStringLiteral("Bernadette");
        p.sex = Model::Sex::Female;
        p.birthDate = QDate(1985, 7, 2);
        p.nir = QStringLiteral("285077511504230");
        p.email = QStringLiteral("bernadette.q@example.org");
        g_lines.clear();
        Commands::CreatePatientCommand create(p, clock.today());
        QVERIFY(executor.execute(create));
        p.nir = QStringLiteral("285077511504231");
        Commands::CreatePatientCommand bad(p, clock.today());
        QVERIFY(!executor.execute(bad));
        Model::Patient edit = create.patient();
        edit.meta.revision = 99;
        Commands::UpdatePatientCommand stale(edit, clock.today());
        QVERIFY(!executor.execute(stale));
        QVERIFY(!g_lines.isEmpty());
        const QString all = g_lines.join(u'\n');
        for (const char* secret : {"Quéméner", "QUEMENER", "Bernadette", "28507751150423", "bernadette.q"}) {
            QVERIFY2(!all.contains(QString::fromUtf8(secret)), secret);
        }
    }

    void secureBufferIsLockedAndWiped()
    {
        QByteArray source("not-so-secret-key-material-0123");
        const char* raw = source.constData();
        SecureBuffer b = SecureBuffer::fromAndWipe(source);
        QVERIFY(source.isEmpty());
        // The very bytes that held the secret (the array keeps its block) are zeros now.
        QCOMPARE(source.constData(), raw);
        QVERIFY(source.capacity() >= 31);
        for (int i = 0; i < 31; ++i) {
            QCOMPARE(raw[i], '\0');
        }
        QCOMPARE(b.size(), size_t(31));
        QVERIFY(b.isLocked());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(b.data()), 3), QByteArray("not"));
        // mincore() tells the page is resident; mlock keeps it so.
        unsigned char vec = 0;
        QCOMPARE(mincore(b.data(), 1, &vec), 0);
        QVERIFY(vec & 1);
        b.wipe();
        for (size_t i = 0; i < b.size(); ++i) {
            QCOMPARE(b.data()[i], std::uint8_t(0));
        }
        SecureBuffer moved = std::move(b);
        QCOMPARE(b.size(), size_t(0));
        QCOMPARE(moved.size(), size_t(31));
        QVERIFY(SecureBuffer::random(32)->size() == 32);
        QVERIFY(!SecureBuffer::random(32)->equals(*SecureBuffer::random(32)));
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(Test::testKey().toHex().data()), 4),
                 QByteArray("4249"));
    }

    void wipeOverwritesAnUnsharedByteArray()
    {
        QByteArray pin("1234");
        pin.detach();
        const char* data = pin.constData();
        wipe(pin);
        QVERIFY(pin.isEmpty());
        QCOMPARE(pin.constData(), data); // the same block, overwritten in place
        QCOMPARE(QByteArrayView(data, 4), QByteArrayView("\0\0\0\0", 4));

        QString typed = QStringLiteral("Secret-Passphrase");
        typed.detach();
        const QChar* chars = typed.constData();
        wipe(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(typed.constData(), chars);
        for (int i = 0; i < 17; ++i) {
            QCOMPARE(chars[i].unicode(), char16_t(0));
        }

        // A shared array is never wiped through (that would detach and wipe a copy): only ours
        // is emptied, and the other holder keeps its bytes.
        QByteArray shared("5678");
        QByteArray other = shared;
        wipe(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(other, QByteArray("5678"));
    }

    void aFailingRandomGeneratorIsAnErrorNotAWeakSecret()
    {
        // OpenSSL's own seam: a RAND_METHOD whose bytes() fails, as a broken provider would.
        static RAND_METHOD failing {};
        failing.bytes = [](unsigned char*, int) { return 0; };
        failing.status = []() { return 0; };
        const RAND_METHOD* previous = RAND_get_rand_method();
        QCOMPARE(RAND_set_rand_method(&failing), 1);
        auto key = SecureBuffer::random(32);
        QByteArray salt(16, 'x');
        auto filled = Random::fill(salt.data(), 16);
        auto hash = Auth::Password::hash(Test::secret("Pharma-2026!"), 10);
        auto totp = Auth::Totp::newSecret();
        RAND_set_rand_method(previous);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::Internal);
        QVERIFY(key.error().userText.contains(QStringLiteral("aléatoires")));
        QVERIFY(!filled);
        QVERIFY(!hash);
        QVERIFY(!totp);
        QVERIFY(SecureBuffer::random(32)); // and back to normal
    }

    void parallelForRunsEveryIndexExactlyOnce_data()
    {
        QTest::addColumn<int>("count");
        for (int n : {0, 1, 2, 3, 5, 7, 1000}) {
            QTest::addRow("%d", n) << n;
        }
    }

    void parallelForRunsEveryIndexExactlyOnce()
    {
        // Shares are cut from the count: uneven counts are where a share boundary goes wrong.
        // Each index draws random bytes, as an import batch's identifiers do; that the drawing
        // threads keep no OpenSSL state afterwards is what the ASan job's leak check proves.
        QFETCH(int, count);
        std::vector<std::atomic<int>> visits(static_cast<size_t>(count));
        std::atomic<int> failures {0};
        parallelFor(size_t(count), [&](size_t i) {
            visits[i].fetch_add(1);
            unsigned char bytes[16];
            if (!Random::fill(bytes, sizeof bytes)) {
                failures.fetch_add(1);
            }
        });
        for (int i = 0; i < count; ++i) {
            QCOMPARE(visits[size_t(i)].load(), 1);
        }
        QCOMPARE(failures.load(), 0);
    }

    void coreDumpsCanBeDisabled()
    {
        QVERIFY(ProcessHardening::disableCoreDumps());
        QVERIFY(ProcessHardening::coreDumpsDisabled());
        // Give dumpability back: LeakSanitizer inspects the process through ptrace at exit,
        // which an undumpable process forbids.
        prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        QVERIFY(!ProcessHardening::coreDumpsDisabled());
    }
};

QTEST_GUILESS_MAIN(TestSafety)
#include "test_safety.moc"
