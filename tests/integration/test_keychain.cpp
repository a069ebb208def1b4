// Runs under tests/harness/with-keyring.sh: a real gnome-keyring over a private D-Bus session,
// in a throwaway HOME.

#include "platform/keychainsecretstore.h"
#include "platform/profile.h"
#include "storage/databasekey.h"
#include "storage/patientrepository.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Officine;
using namespace Officine::Platform;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

    /// Every file under HOME and the data folder, searched for the key in any plain encoding.
    void assertKeyNotOnDisk(const SecureBuffer& key)
    {
        const QByteArray raw(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
        const QList<QByteArray> forms = {raw, raw.toHex(), raw.toHex().toUpper(), raw.toBase64(),
                                         raw.toBase64(QByteArray::Base64UrlEncoding)};
        int files = 0;
        for (const QString& root : {QDir::homePath(), m_data.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray content = f.readAll();
                ++files;
                for (const QByteArray& form : forms) {
                    QVERIFY2(!content.contains(form), qPrintable(QStringLiteral("key found in ") + file));
                }
            }
        }
        QVERIFY(files >= 2); // at least the keyring and the store were looked at
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(QDir::homePath().contains(QStringLiteral("officine-home"))
                     || qEnvironmentVariableIsSet("OFFICINE_KEYCHAIN_TEST_ANY_HOME"),
                 "run through tests/harness/with-keyring.sh, never against a real user's keyring");
    }

    void createsTheKeyOnceThenFindsItAgain()
    {
        KeychainSecretStore secrets;
        const QString entry = QStringLiteral("test-key-once");
        auto first = Storage::DatabaseKey::obtain(secrets, entry, false);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().logText));
        QVERIFY(first->created);
        QCOMPARE(first->key.size(), size_t(32));
        auto second = Storage::DatabaseKey::obtain(secrets, entry, true);
        QVERIFY(second);
        QVERIFY(!second->created);
        QVERIFY(second->key.equals(first->key));
        // A fresh SecretStore (as at the next start) reads the same key.
        KeychainSecretStore again;
        auto third = again.read(entry);
        QVERIFY(third && third->has_value());
        QVERIFY((*third)->equals(first->key));
    }

    void aKeychainCallRunsNoEventLoopOnTheCallersThread()
    {
        // Queued before the call: a nested event loop inside it would run this timer (and, on the
        // GUI thread, a card removal or the inactivity lock in the middle of a read).
        KeychainSecretStore secrets;
        bool ranDuringTheCall = false;
        QTimer::singleShot(0, this, [&ranDuringTheCall]() { ranDuringTheCall = true; });
        QVERIFY(secrets.write(QStringLiteral("test-reentrancy"), SecureBuffer::copyOf({})));
        auto read = secrets.read(QStringLiteral("test-reentrancy"));
        QVERIFY(read);
        QVERIFY(read->has_value());
        QVERIFY(secrets.remove(QStringLiteral("test-reentrancy")));
        QVERIFY(!ranDuringTheCall);
        QTRY_VERIFY(ranDuringTheCall); // it runs once control is back in the caller's own loop
    }

    void theStoreOpensWithItsKeychainKeyAndTheKeyIsNeverOnDiskInClear()
    {
        const Profile profile = Profile::make(false, m_data.filePath(QStringLiteral("pharmacie")));
        KeychainSecretStore secrets;
        QString uuid;
        {
            auto store = StoreOpener::open(profile, secrets, true);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().logText));
            Model::Patient p;
            p.birthFamilyName = QStringLiteral("Keychain");
            p.givenNames = QStringLiteral("Test");
            p.birthDate = QDate(1950, 1, 1);
            auto tx = Storage::Transaction::begin(**store);
            QVERIFY(Storage::PatientRepository(**store).insert(
                p, {(*store)->workstationId(), QDateTime::currentDateTimeUtc()}));
            QVERIFY(tx->commit());
            uuid = p.meta.uuid;
        }
        auto reopened = StoreOpener::open(profile, secrets, false);
        QVERIFY(reopened);
        QVERIFY(Storage::PatientRepository(**reopened).get(uuid));
        reopened->reset();

        auto key = secrets.read(profile.keyEntry);
        QVERIFY(key && key->has_value());
        assertKeyNotOnDisk(**key);
        // Only the owner may read the store.
        QCOMPARE(QFile::permissions(profile.storePath) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void anExistingStoreWhoseKeyIsMissingIsNeverGivenANewKey()
    {
        const Profile profile = Profile::make(false, m_data.filePath(QStringLiteral("lost-key")));
        KeychainSecretStore secrets;
        QVERIFY(StoreOpener::open(profile, secrets, true));
        QVERIFY(secrets.remove(profile.keyEntry));
        QFile f(profile.storePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        auto store = StoreOpener::open(profile, secrets, false);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::KeychainKeyMissing);
        QVERIFY(store.error().userText.contains(QStringLiteral("trousseau")));
        auto entry = secrets.read(profile.keyEntry);
        QVERIFY(entry);
        QVERIFY(!entry->has_value()); // no key was invented
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
