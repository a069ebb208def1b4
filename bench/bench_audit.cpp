// Audit trail benchmark (issue 5): append 1,000,000 entries to the encrypted store in batched
// transactions (the application's own append path: head lookup, canonical encoding, SHA-256,
// insert with its indexes), then verify them all read back from the encrypted store (fresh
// connections: one, then one per core), beside the raw SHA-256 rate of one core of this machine
// over the same canonical encodings, measured in the same run: the physical limit of
// verification.
//
//   cmake --build --preset release --target bench_audit && build/release/bench/bench_audit
//
// OFFICINE_BENCH_ENTRIES overrides the count; OFFICINE_BENCH_BATCH the entries per transaction
// (default 10,000); OFFICINE_BENCH_DIR the folder (default: a temporary folder under /tmp).

#include "../tests/support/fakeclock.h"
#include "audit/auditrecorder.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "commands/actor.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <cstdio>
#include <random>

using namespace Officine;

namespace {

SecureBuffer benchKey()
{
    SecureBuffer key(32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<std::uint8_t>(0x5a ^ (i * 13));
    }
    return key;
}

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int total = envInt("OFFICINE_BENCH_ENTRIES", 1000000);
    const int batch = envInt("OFFICINE_BENCH_BATCH", 10000);
    QTemporaryDir tmp(qEnvironmentVariable("OFFICINE_BENCH_DIR", QDir::tempPath())
                      + QStringLiteral("/bench-audit-XXXXXX"));
    const QString path = tmp.filePath(QStringLiteral("audit.db"));
    const SecureBuffer key = benchKey();

    // A pharmacy's mix: 12 staff, 20,000 patients, mostly file openings, some changes.
    std::mt19937_64 rng(20261123);
    std::vector<Commands::Actor> staff;
    for (int i = 0; i < 12; ++i) {
        staff.push_back(Commands::Actor {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                         QString(),
                                         QStringLiteral("8100%1").arg(10000000 + i),
                                         {}});
    }
    std::vector<QString> patients;
    for (int i = 0; i < 20000; ++i) {
        patients.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    QByteArray canonicals; // every entry's prev hash + canonical encoding, for the raw SHA-256 rate
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    spans.reserve(static_cast<size_t>(total));
    qint64 canonicalBytes = 0;

    // One entry every 40 s of the clock: about 2,200 a day, a busy pharmacy's trail, so the
    // million entries span 15 months as they would. OFFICINE_BENCH_INTERVAL_MS=250 packs them
    // into three days (the worst case for the month-keyed patient index).
    const int interval = envInt("OFFICINE_BENCH_INTERVAL_MS", 40000);
    FakeClock clock;
    double appendSeconds = 0;
    {
        Storage::StoreOptions options;
        options.path = path;
        auto store = Storage::Store::open(options, key);
        if (!store) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(store.error().logText));
            return 1;
        }
        Audit::Recorder recorder(**store, clock);
        QElapsedTimer timer;
        timer.start();
        for (int done = 0; done < total;) {
            if (!(*store)->begin()) {
                return 1;
            }
            const int n = std::min(batch, total - done);
            for (int i = 0; i < n; ++i) {
                Audit::Entry e;
                const auto r = rng() % 100;
                e.action
                    = r < 80 ? Audit::Action::View : (r < 95 ? Audit::Action::Update : Audit::Action::Create);
                e.targetType = QStringLiteral("patient");
                e.targetUuid = e.patientUuid = patients[rng() % patients.size()];
                if (e.action == Audit::Action::Update) {
                    e.fields = {QStringLiteral("phone"), QStringLiteral("address_line")};
                    e.detail = QStringLiteral("command=patient.update");
                }
                clock.advanceMs(interval);
                if (!recorder.record(&staff[rng() % staff.size()], std::move(e))) {
                    return 1;
                }
            }
            if (!(*store)->commit()) {
                return 1;
            }
            done += n;
        }
        appendSeconds = timer.nsecsElapsed() / 1e9;
        (void)(*store)->checkpoint();

        // The canonical encodings, read back, for the raw hashing rate (not timed).
        auto q = (*store)->query(
            Audit::Trail::selectEntries(QStringLiteral("ORDER BY c.workstation_id, e.seq")));
        canonicals.reserve(qsizetype(total) * 300);
        while (*q->next()) {
            const Audit::Entry e = Audit::Trail::fromRow(*q);
            const qsizetype start = canonicals.size();
            canonicals.append(e.prevHash);
            const QByteArray c = Audit::canonical(e);
            canonicalBytes += c.size();
            canonicals.append(c);
            spans.emplace_back(start, canonicals.size() - start);
        }
    }

    // Verification from fresh connections: every page read and decrypted by SQLCipher. Once on
    // one connection, then with one connection per core (as `officine-cli audit verify` and the
    // app's start-up check run it).
    const int cores = std::max(1, QThread::idealThreadCount());
    struct VerifyRun
    {
        int connections = 1;
        double seconds = 0;
        qint64 verified = 0;
        bool intact = false;
    };
    std::vector<VerifyRun> runs;
    for (int connections : {1, cores}) {
        Storage::StoreOptions options;
        options.path = path;
        options.createIfMissing = false;
        auto store = Storage::Store::open(options, key);
        if (!store) {
            return 1;
        }
        Audit::Verifier verifier(**store);
        if (connections > 1) {
            verifier.withReaders([&options, &key]() { return Storage::Store::open(options, key); },
                                 connections - 1);
        }
        QElapsedTimer timer;
        timer.start();
        auto report = verifier.run();
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!report) {
            std::fprintf(stderr, "verify: %s\n", qPrintable(report.error().logText));
            return 1;
        }
        runs.push_back({connections, seconds, report->entries, report->intact()});
        if (cores == 1) {
            break;
        }
    }

    // Raw SHA-256 over the same bytes (prev hash + canonical encoding), same code path.
    Audit::Sha256 sha;
    unsigned char digest[32];
    QElapsedTimer timer;
    timer.start();
    unsigned char sink = 0;
    for (const auto& [start, len] : spans) {
        sha.chain(canonicals.constData() + start, 32, canonicals.constData() + start + 32, len - 32, digest);
        sink ^= digest[0];
    }
    const double rawSeconds = timer.nsecsElapsed() / 1e9;

    const double appendRate = total / appendSeconds;
    const double rawRate = static_cast<double>(spans.size()) / rawSeconds;
    std::printf("audit trail, %d entries, batches of %d per transaction, one entry every %d ms of the clock, "
                "encrypted store (SQLCipher)\n",
                total, batch, interval);
    std::printf("  canonical encoding: %.0f bytes on average (+32 bytes of previous hash hashed)\n",
                double(canonicalBytes) / double(spans.size()));
    std::printf("  append:  %10.0f entries/s  (%.2f s)\n", appendRate, appendSeconds);
    bool allIntact = true;
    for (const VerifyRun& run : runs) {
        const double rate = double(run.verified) / run.seconds;
        std::printf("  verify, %d connection%s: %10.0f entries/s  (%.2f s, %lld entries, %s), %.0f %% of the "
                    "raw SHA-256 rate of one core\n",
                    run.connections, run.connections > 1 ? "s" : "", rate, run.seconds,
                    static_cast<long long>(run.verified), run.intact ? "intact" : "BROKEN",
                    100.0 * rate / rawRate);
        allIntact = allIntact && run.intact && run.verified == total;
    }
    std::printf("  raw SHA-256 over the same encodings, one core: %10.0f hashes/s  (%.2f s)\n", rawRate,
                rawSeconds);
    std::printf("  store file: %.0f MB\n", QFileInfo(path).size() / 1e6);
    return sink == 0xff && !allIntact ? 2 : (allIntact ? 0 : 1);
}
