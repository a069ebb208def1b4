// Runs in a D-Bus session without gnome-keyring (with-keyring.sh --no-keyring): the keychain
// is unreachable, or answers never. The store must be refused quickly with a French message.

#include "platform/keychainsecretstore.h"
#include "platform/profile.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

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
        // On a thread of its own, as a real daemon is another process: the keychain call blocks
        // this thread while it waits.
        HungSecretService service;
        QThread serviceThread;
        service.moveToThread(&serviceThread);
        serviceThread.start();
        auto stop = qScopeGuard([&serviceThread]() {
            serviceThread.quit();
            serviceThread.wait();
        });
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &service, QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

        QTemporaryDir dir;
        const Profile profile = Profile::make(false, dir.path());
        KeychainSecretStore secrets(QStringLiteral("officine"), 1500);
        // That it returns at all is the point (the test's own timeout bounds it); how fast is a
        // measurement, not an assertion (HACKING.md).
        auto store = StoreOpener::open(profile, secrets, true);
        QVERIFY(!store);
        QVERIFY2(store.error().code == ErrorCode::KeychainTimeout
                     || store.error().code == ErrorCode::KeychainUnavailable,
                 qPrintable(store.error().logText));
        QVERIFY(store.error().userText.contains(QStringLiteral("trousseau")));
        QVERIFY(!QFile::exists(profile.storePath)); // nothing created, nothing in clear
        qInfo("calls seen by the hung service: %d", service.calls.load());
        qInfo("refused (%d call(s) swallowed): %s", service.calls.load(), qPrintable(store.error().logText));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "test_keychain_unavailable.moc"
