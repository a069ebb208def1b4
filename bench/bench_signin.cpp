// Card sign-in and lock latency (card sign-in issue), through the real pcscd with the
// vsmartcard-vpcd driver and our card emulator, driving the real main window (offscreen).
//
//   cmake --build --preset release --target bench_signin officine-card-emulator
//   build/release/bench/bench_signin            # 200 runs; OFFICINE_BENCH_RUNS=N to change
//
// Each run inserts the titulaire's card, signs in (the PIN is typed by the program the moment it
// is asked, so PIN entry is excluded), then pulls the card. Timestamps share CLOCK_MONOTONIC
// with the emulator process:
//   reader's share of sign-in  = card plugged into vpcd → pcscd reports it to the reader monitor
//   app's share of sign-in     = monitor event → card read, certificate checked, PIN verified,
//                                challenge signed and verified, session open
//   reader's share of locking  = card pulled → pcscd reports it
//   app's share of locking     = monitor event → the workspace (all health data) out of the window

#include "../tests/harness/pcscharness.h"
#include "../tests/unit/testutil.h"
#include "auth/sessionmanager.h"
#include "auth/signinflow.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "pcsc.h"
#include "readermonitor.h"
#include "settings/settings.h"
#include "translations.h"
#include "workstation.h"

#include <QApplication>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace Officine;

namespace {
double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(std::ceil(p * double(v.size())) - 1))];
}
qint64 stamp(const QByteArray& line)
{
    return line.mid(line.indexOf(' ') + 1).toLongLong();
}
} // namespace

class BenchSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInAndLock()
    {
        const int runs = qEnvironmentVariableIsSet("OFFICINE_BENCH_RUNS")
            ? qEnvironmentVariableIntValue("OFFICINE_BENCH_RUNS")
            : 200;
        Test::PcscHarness harness;
        QVERIFY(harness.start());
        QVERIFY(Ui::Translations::install(QStringLiteral("fr")));
        QTemporaryDir dir;
        SystemClock clock;
        auto store = Test::openStore(dir.filePath(QStringLiteral("bench.db")), Test::testKey());
        Demo::DemoGenerator gen(3);
        QVERIFY(gen.populate(*store, 1000, {store->workstationId(), clock.now()}));
        Settings settings(dir.filePath(QStringLiteral("bench.conf")));
        // The application's own service graph (app/workstation).
        App::Workstation::Options options;
        options.store = store.get();
        options.clock = &clock;
        options.settings = &settings;
        options.storePath = dir.filePath(QStringLiteral("bench.db"));
        options.trust = Auth::TrustDir::load(harness.trustDir());
        App::Workstation workstation(std::move(options));
        Commands::CommandExecutor& executor = workstation.executor();
        executor.setActor(Commands::Actor {QStringLiteral("setup"), QString(), QString(),
                                           Auth::permissionsOf(Auth::Role::Titulaire)});
        const Model::StaffAccount titulaire = Test::claireDemoTitulaire();
        Commands::CreateStaffAccountCommand create(titulaire);
        QVERIFY(executor.execute(create));
        executor.setActor(std::nullopt);

        Auth::SessionManager& sessions = *workstation.sessions();
        Auth::SignInFlow& flow = *workstation.signInFlow();
        SmartCard::ReaderMonitor& monitor = *workstation.readerMonitor();
        qint64 insertedSeen = 0, removedSeen = 0, signedInAt = 0, lockedAt = 0;
        connect(&monitor, &SmartCard::ReaderMonitor::cardInserted, this,
                [&](const QString&, const QByteArray&, qint64 ns) { insertedSeen = ns; });
        connect(&monitor, &SmartCard::ReaderMonitor::cardRemoved, this,
                [&](const QString&, qint64 ns) { removedSeen = ns; });
        connect(&flow, &Auth::SignInFlow::pinNeeded, this, [&flow]() {
            QByteArray pin("1234");
            flow.submitPin(SecureBuffer::fromAndWipe(pin));
        });

        const Ui::ShellContext context = workstation.shellContext();
        Ui::MainWindow window(context);
        window.show();
        // Connected after the window: runs once the window has taken the workspace out.
        connect(&sessions, &Auth::SessionManager::locked, this,
                [&]() { lockedAt = SmartCard::ReaderMonitor::nowNs(); });
        connect(&flow, &Auth::SignInFlow::signedIn, this,
                [&]() { signedInAt = SmartCard::ReaderMonitor::nowNs(); });
        workstation.start();
        auto card = harness.card(QStringLiteral("titulaire"), false);
        auto context2 = SmartCard::PcscContext::establish();
        QVERIFY(context2);

        std::vector<double> readerIn, appIn, totalIn, readerOut, appOut, totalOut;
        for (int run = 0; run < runs; ++run) {
            insertedSeen = removedSeen = signedInAt = lockedAt = 0;
            card->send("insert");
            QVERIFY(card->waitFor("inserted"));
            const qint64 plugged = stamp(card->lastLine());
            QTRY_VERIFY_WITH_TIMEOUT(signedInAt != 0 && !window.isLocked(), 10000);
            readerIn.push_back(double(insertedSeen - plugged) / 1e6);
            appIn.push_back(double(signedInAt - insertedSeen) / 1e6);
            totalIn.push_back(double(signedInAt - plugged) / 1e6);

            card->send("remove");
            QVERIFY(card->waitFor("removed"));
            const qint64 pulled = stamp(card->lastLine());
            QTRY_VERIFY_WITH_TIMEOUT(lockedAt != 0 && window.isLocked(), 10000);
            readerOut.push_back(double(removedSeen - pulled) / 1e6);
            appOut.push_back(double(lockedAt - removedSeen) / 1e6);
            totalOut.push_back(double(lockedAt - pulled) / 1e6);
            // pcscd must have forgotten the card before the next insertion.
            QTRY_VERIFY_WITH_TIMEOUT(
                !SmartCard::PcscCard::connect(**context2, QString::fromLatin1(Test::PcscHarness::readerName)),
                5000);
        }
        workstation.stop();

        std::printf("\ncard sign-in and lock, %d runs through pcscd + vpcd + emulator (ms)\n", runs);
        std::printf("%-52s %9s %9s %9s\n", "", "p50", "p99", "max");
        auto row = [](const char* what, const std::vector<double>& v) {
            std::printf("%-52s %9.1f %9.1f %9.1f\n", what, percentile(v, 0.5), percentile(v, 0.99),
                        *std::max_element(v.begin(), v.end()));
        };
        row("sign-in: reader's share (vpcd/pcscd detection)", readerIn);
        row("sign-in: app's share (event -> session open)", appIn);
        row("sign-in: end to end (PIN entry excluded)", totalIn);
        row("lock: reader's share (vpcd/pcscd detection)", readerOut);
        row("lock: app's share (event -> no health data in tree)", appOut);
        row("lock: end to end", totalOut);
        std::printf(
            "targets: sign-in app share < 300 ms p99; lock app share < 50 ms p99; end to end < 600 ms p99\n");
    }
};

QTEST_MAIN(BenchSignIn)
#include "bench_signin.moc"
