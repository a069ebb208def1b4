// Runs in a D-Bus session without gnome-keyring (with-keyring.sh --no-keyring): the keychain
// is unreachable, or answers never. The store must be refused quickly with a French message.

#include "platform/keychainsecretstore.h"
#include "platform/profile.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <optional>
#include <thread>

using namespace Officine;
using namespace Officine::Platform;

namespace {
/// Owns org.freedesktop.secrets on the session bus and swallows every call without replying:
/// a Secret Service that hangs (the daemon stuck on a prompt, for instance).
class HungSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection&) override
    {
        ++calls;
        message.setDelayedReply(true);
        return true; // handled, never answered
    }
    std::atomic<int> calls {0};
};
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHungSecretServiceGivesAFrenchErrorWithinSeconds()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "needs a D-Bus session (with-keyring.sh --no-keyring)");
        // The service answers on this thread's event loop; the store is opened on another
        // thread, which blocks while it waits, as the GUI thread would.
        HungSecretService service;
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &service, QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

        QTemporaryDir dir;
        const Profile profile = Profile::make(false, dir.path());
        std::optional<Result<std::unique_ptr<Storage::Store>>> store;
        std::atomic<bool> done {false};
        std::thread caller([&]() {
            KeychainSecretStore secrets(QStringLiteral("officine"), 1500);
            store.emplace(StoreOpener::open(profile, secrets, true));
            done = true;
        });
        // That it returns at all is the point (the test's own timeout bounds it); how fast is a
        // measurement, not an assertion (HACKING.md).
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        caller.join();
        QVERIFY(!*store);
        const Error& error = store->error();
        QVERIFY2(error.code == ErrorCode::KeychainTimeout, qPrintable(error.logText));
        QVERIFY(error.userText.contains(QStringLiteral("trousseau")));
        QVERIFY(!QFile::exists(profile.storePath)); // nothing created, nothing in clear
        QVERIFY(service.calls > 0); // the hung service was really asked, and never answered
        qInfo("refused (%d call(s) swallowed): %s", service.calls.load(), qPrintable(error.logText));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "test_keychain_unavailable.moc"
