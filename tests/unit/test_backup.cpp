#include "audit/auditrecorder.h"
#include "audit/audittrail.h"
#include "auth/password.h"
#include "backup/backupscheduler.h"
#include "backup/backupservice.h"
#include "demo/demogenerator.h"
#include "settings/settings.h"
#include "storage/outbox.h"
#include "storage/patientrepository.h"
#include "testutil.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Officine;
using namespace Officine::Backup;
using namespace Officine::Storage;

namespace {
SecureBuffer passphrase(const char* text)
{
    QByteArray bytes(text);
    return SecureBuffer::fromAndWipe(bytes);
}
// Fast KDF for tests; the default parameters are exercised once below.
constexpr BackupFile::KdfParams kFast {12, 8, 1};
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 23), QTime(13, 0), Qt::UTC)};
    QString path(const QString& n) const { return m_dir.filePath(n); }

    /// A store with `count` demo patients; returns their names in order.
    QString makeStore(const QString& name, int count, quint64 seed = 7)
    {
        const QString file = path(name);
        auto store = Test::openStore(file, Test::testKey());
        Demo::DemoGenerator gen(seed);
        gen.populate(*store, count, {store->workstationId(), m_clock.now()});
        return file;
    }

    static QStringList names(const QString& file, const SecureBuffer& key)
    {
        auto store = Test::openStore(file, key);
        if (!store) {
            return {QStringLiteral("<cannot open>")};
        }
        QStringList out;
        const auto all = PatientRepository(*store).list(0, 100000);
        if (!all) {
            return {QStringLiteral("<cannot read>")};
        }
        PatientRepository repo(*store);
        for (const auto& summary : *all) {
            const auto p = repo.get(summary.uuid);
            out << summary.uuid + u'|' + p->birthFamilyName + u'|' + p->nir;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsAStoreThroughABackup()
    {
        const QString source = makeStore(QStringLiteral("rt-source.db"), 300);
        const QStringList before = names(source, Test::testKey());
        QCOMPARE(before.size(), 300);
        const QString file = path(QStringLiteral("rt.obak"));
        auto b = BackupService::backup(source, Test::testKey(), passphrase("Correct-Horse-42"), file, m_clock,
                                       kFast);
        QVERIFY2(b, qPrintable(b ? QString() : b.error().logText));
        QVERIFY(b->bytes > 0);
        // Written for its owner alone (under the usual umask 022, a plain file would be 0644).
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        // Restore onto another machine: a different store key.
        const QString target = path(QStringLiteral("rt-target/officine.db"));
        auto r
            = BackupService::restore(file, passphrase("Correct-Horse-42"), target, Test::testKey(9), m_clock);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().logText));
        QCOMPARE(r->patients, 300);
        QVERIFY(r->previousStoreKeptAt.isEmpty());
        QCOMPARE(r->meta.value(QStringLiteral("schemaVersion")).toInt(), Store::latestSchemaVersion());
        QCOMPARE(names(target, Test::testKey(9)), before);
        // The outbox came along: its sequence continues.
        auto store = Test::openStore(target, Test::testKey(9));
        QCOMPARE(*Outbox(*store).count(), 300);
    }

    void theBackupFileHoldsNoPlaintext()
    {
        const QString source = makeStore(QStringLiteral("pt-source.db"), 200, 11);
        const QString file = path(QStringLiteral("pt.obak"));
        QVERIFY(BackupService::backup(source, Test::testKey(), passphrase("Correct-Horse-42"), file, m_clock,
                                      kFast));
        const QByteArray raw = Test::readAll(file);
        auto store = Test::openStore(source, Test::testKey());
        PatientRepository repo(*store);
        const auto all = repo.list(0, 1000);
        QVERIFY(all);
        for (const auto& summary : *all) {
            const auto p = *repo.get(summary.uuid);
            QVERIFY(!raw.contains(p.nir.toLatin1()));
            if (p.birthFamilyName.toUtf8().size() >= 5) {
                QVERIFY(!raw.contains(p.birthFamilyName.toUtf8()));
            }
        }
        // No temporary file left next to the store.
        const QStringList leftovers
            = QDir(m_dir.path()).entryList({QStringLiteral(".*tmp*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
    }

    void restoreReplacesTheStoreAndKeepsThePreviousOne()
    {
        const QString source = makeStore(QStringLiteral("keep-source.db"), 50, 1);
        const QString file = path(QStringLiteral("keep.obak"));
        QVERIFY(BackupService::backup(source, Test::testKey(), passphrase("Correct-Horse-42"), file, m_clock,
                                      kFast));
        const QString current = makeStore(QStringLiteral("keep-current.db"), 20, 2);
        const QStringList currentNames = names(current, Test::testKey());
        auto r
            = BackupService::restore(file, passphrase("Correct-Horse-42"), current, Test::testKey(), m_clock);
        QVERIFY(r);
        QCOMPARE(names(current, Test::testKey()), names(source, Test::testKey()));
        QVERIFY(!r->previousStoreKeptAt.isEmpty());
        QCOMPARE(names(r->previousStoreKeptAt, Test::testKey()), currentNames);
    }

    void refusesDamagedBackupsAndLeavesTheStoreUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("expected");
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(ErrorCode::BackupTruncated);
        QTest::newRow("cut in the header") << QStringLiteral("header") << int(ErrorCode::BackupTruncated);
        QTest::newRow("byte flipped in the data")
            << QStringLiteral("flip-data") << int(ErrorCode::BackupCorrupt);
        QTest::newRow("byte flipped in the tag")
            << QStringLiteral("flip-tag") << int(ErrorCode::BackupCorrupt);
        QTest::newRow("bytes appended") << QStringLiteral("append") << int(ErrorCode::BackupCorrupt);
        QTest::newRow("wrong passphrase")
            << QStringLiteral("passphrase") << int(ErrorCode::BackupWrongPassphrase);
        QTest::newRow("not a backup") << QStringLiteral("garbage") << int(ErrorCode::BackupNotABackup);
        QTest::newRow("empty file") << QStringLiteral("empty") << int(ErrorCode::BackupNotABackup);
    }

    void refusesDamagedBackupsAndLeavesTheStoreUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(int, expected);
        const QString source = makeStore(QStringLiteral("dmg-source-%1.db").arg(damage), 100, 3);
        const QString file = path(QStringLiteral("dmg-%1.obak").arg(damage));
        QVERIFY(BackupService::backup(source, Test::testKey(), passphrase("Correct-Horse-42"), file, m_clock,
                                      kFast));

        QByteArray bytes = Test::readAll(file);
        if (damage == QLatin1StringView("truncate")) {
            bytes.chop(bytes.size() / 3);
        } else if (damage == QLatin1StringView("header")) {
            bytes.truncate(40);
        } else if (damage == QLatin1StringView("flip-data")) {
            bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x20);
        } else if (damage == QLatin1StringView("flip-tag")) {
            bytes[bytes.size() - 3] = static_cast<char>(bytes[bytes.size() - 3] ^ 0x01);
        } else if (damage == QLatin1StringView("append")) {
            bytes.append("extra");
        } else if (damage == QLatin1StringView("garbage")) {
            bytes = QByteArray(4096, 'x');
        } else if (damage == QLatin1StringView("empty")) {
            bytes.clear();
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();

        const QString current = makeStore(QStringLiteral("dmg-current-%1.db").arg(damage), 30, 4);
        const QStringList before = names(current, Test::testKey());
        const QByteArray rawBefore = Test::readAll(current);
        const char* pass
            = damage == QLatin1StringView("passphrase") ? "Wrong-Horse-4242" : "Correct-Horse-42";
        auto r = BackupService::restore(file, passphrase(pass), current, Test::testKey(), m_clock);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), expected);
        QVERIFY(!r.error().userText.isEmpty());
        QCOMPARE(Test::readAll(current), rawBefore);
        QCOMPARE(names(current, Test::testKey()), before);
        const QStringList kept
            = QDir(m_dir.path()).entryList({QStringLiteral("*avant-restauration*")}, QDir::Files);
        QVERIFY(kept.filter(QStringLiteral("dmg-current-%1").arg(damage)).isEmpty());
        const QStringList leftovers
            = QDir(m_dir.path()).entryList({QStringLiteral(".*tmp*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
    }

    void refusesAWeakPassphrase()
    {
        const QString source = makeStore(QStringLiteral("weak.db"), 1);
        auto b = BackupService::backup(source, Test::testKey(), passphrase("short1A"),
                                       path(QStringLiteral("w.obak")), m_clock, kFast);
        QVERIFY(!b);
        QCOMPARE(b.error().code, ErrorCode::InvalidInput);
        QVERIFY(!Auth::Password::checkPolicy(passphrase("alllowercaseletters"),
                                             Auth::Password::Purpose::BackupPassphrase));
        QVERIFY(Auth::Password::checkPolicy(passphrase("Pharmacie du Centre 1"),
                                            Auth::Password::Purpose::BackupPassphrase));
    }

    void defaultKdfParametersRoundTrip()
    {
        const QString source = makeStore(QStringLiteral("kdf.db"), 5);
        const QString file = path(QStringLiteral("kdf.obak"));
        QVERIFY(
            BackupService::backup(source, Test::testKey(), passphrase("Correct-Horse-42"), file, m_clock));
        QVERIFY(BackupService::restore(file, passphrase("Correct-Horse-42"), path(QStringLiteral("kdf-r.db")),
                                       Test::testKey(), m_clock));
    }

    void dailyJobRunsOncePerDayAndKeepsTheLastN()
    {
        const QString source = makeStore(QStringLiteral("daily.db"), 10);
        const QString folder = path(QStringLiteral("nas"));
        QDir().mkpath(folder);
        Settings settings(path(QStringLiteral("daily.ini")));
        settings.setValue(Settings::Key::BackupFolder, folder);
        settings.setValue(Settings::Key::BackupKeep, 3);
        settings.setValue(Settings::Key::BackupHour, 12);
        FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::LocalTime).toUTC());
        int jobs = 0;
        BackupScheduler scheduler(settings, clock, [&]() -> Result<BackupScheduler::Job> {
            ++jobs;
            return BackupScheduler::Job([source, &clock](const QString& destination) {
                return BackupService::backup(source, Test::testKey(), passphrase("Correct-Horse-42"),
                                             destination, clock, kFast);
            });
        });
        QCOMPARE(scheduler.state(), BackupScheduler::State::Due); // never backed up
        QVERIFY(scheduler.isDue()); // no backup at all yet: due even before the hour

        // Each backup is in the audit trail (here a store of its own).
        auto trailStore = Test::openStore(path(QStringLiteral("daily-trail.db")), Test::testKey());
        QVERIFY(trailStore);
        Audit::Recorder trail(*trailStore, clock);
        scheduler.setAudit(&trail);
        QSignalSpy finished(&scheduler, &BackupScheduler::finished);
        for (int day = 0; day < 6; ++day) {
            clock.set(QDateTime(QDate(2026, 3, 2).addDays(day), QTime(12, 30), Qt::LocalTime).toUTC());
            scheduler.tick();
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.last().at(0).toBool(), true);
            // A second tick the same day does nothing.
            clock.advanceMinutes(90);
            QVERIFY(!scheduler.isDue());
            scheduler.tick();
            QVERIFY(!scheduler.isRunning());
        }
        QCOMPARE(jobs, 6);
        Audit::Filter backups;
        backups.action = Audit::Action::Backup;
        auto recorded = Audit::Trail(*trailStore).find(backups);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), size_t(6));
        for (const Audit::Entry& e : *recorded) {
            QCOMPARE(e.outcome, Audit::Outcome::Success);
            QVERIFY(e.detail.startsWith(QStringLiteral("daily;bytes=")));
        }
        const QStringList kept = BackupScheduler::backupsIn(folder);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first(), QStringLiteral("officine-20260305-123000.obak"));
        QCOMPARE(kept.last(), QStringLiteral("officine-20260307-123000.obak"));
        QCOMPARE(scheduler.state(), BackupScheduler::State::UpToDate);
        QCOMPARE(settings.string(Settings::Key::LastBackupPath), kept.last());
        // Other files in the folder are never touched by pruning.
        QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        BackupScheduler::prune(folder, 1);
        QVERIFY(QFile::exists(other.fileName()));
        QCOMPARE(BackupScheduler::backupsIn(folder).size(), 1);
    }

    void aFailedBackupIsRecordedAndRetriedLater()
    {
        Settings settings(path(QStringLiteral("failing.ini")));
        settings.setValue(Settings::Key::BackupFolder, path(QStringLiteral("unplugged-drive")));
        FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(13, 0), Qt::LocalTime).toUTC());
        BackupScheduler scheduler(settings, clock, []() -> Result<BackupScheduler::Job> {
            return BackupScheduler::Job(
                [](const QString&) -> Result<BackupOutcome> { return BackupOutcome {}; });
        });
        auto trailStore = Test::openStore(path(QStringLiteral("failing-trail.db")), Test::testKey());
        QVERIFY(trailStore);
        Audit::Recorder trail(*trailStore, clock);
        scheduler.setAudit(&trail);
        QSignalSpy changed(&scheduler, &BackupScheduler::stateChanged);
        scheduler.tick();
        QCOMPARE(scheduler.state(), BackupScheduler::State::Failed);
        QVERIFY(!settings.string(Settings::Key::LastBackupError).isEmpty());
        QVERIFY(changed.count() >= 1);
        QVERIFY(!scheduler.isDue()); // not hammering the drive
        clock.advanceMinutes(31);
        QVERIFY(scheduler.isDue());

        // A job that fails on the worker is recorded too.
        QDir().mkpath(path(QStringLiteral("unplugged-drive")));
        BackupScheduler failing(settings, clock, []() -> Result<BackupScheduler::Job> {
            return BackupScheduler::Job([](const QString&) -> Result<BackupOutcome> {
                return fail(ErrorCode::BackupIo, QStringLiteral("disque plein"));
            });
        });
        failing.setAudit(&trail);
        QSignalSpy finished(&failing, &BackupScheduler::finished);
        QVERIFY(failing.runNow());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        QCOMPARE(settings.string(Settings::Key::LastBackupError), QStringLiteral("disque plein"));
        QCOMPARE(failing.state(), BackupScheduler::State::Failed);
        // Both failures are in the trail, with their reason.
        Audit::Filter backups;
        backups.action = Audit::Action::Backup;
        auto recorded = Audit::Trail(*trailStore).find(backups);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), size_t(2));
        for (const Audit::Entry& e : *recorded) {
            QCOMPARE(e.outcome, Audit::Outcome::Failure);
            QVERIFY(!e.reason.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
