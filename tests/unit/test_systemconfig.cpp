// The system file that says which card middleware and trust anchors the workstation uses: read
// only when root owns it and nobody else may write it. As root (CI), test files are given to
// root or to another owner; otherwise every test file is refused for its owner alone.

#include "platform/systemconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace Officine;
using Officine::Platform::SystemConfig;

class TestSystemConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text, mode_t mode = 0644)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        f.write(text);
        f.close();
        ::chmod(QFile::encodeName(path).constData(), mode);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755);
    }

    void aMissingFileGivesTheDefaults()
    {
        auto c = SystemConfig::load(m_dir.filePath(QStringLiteral("absent.conf")));
        QVERIFY(c);
        QVERIFY(!c->present);
        QVERIFY(c->pkcs11Module.isEmpty());
        QCOMPARE(c->trustStoreDir, QString::fromLatin1(SystemConfig::defaultTrustStore));
        QVERIFY(c->serverUrl.isEmpty());
    }

    void aRootOwnedFileIsRead()
    {
        if (::geteuid() != 0) {
            // Without root, no test file can be root's: a root-owned file of the system (in a
            // root-owned, 755 folder), read as an empty configuration, stands in.
            auto c = SystemConfig::load(QStringLiteral("/etc/hostname"));
            QVERIFY2(c, qPrintable(c ? QString() : c.error().userText));
            QVERIFY(c->present);
            QVERIFY(c->pkcs11Module.isEmpty());
            return;
        }
        const QString module = write(QStringLiteral("libcps.so"), "ELF", 0755);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("trust")));
        const QString path = write(QStringLiteral("officine.conf"),
                                   "[cards]\npkcs11_module = " + module.toUtf8()
                                       + "\ntrust_store = " + m_dir.filePath(QStringLiteral("trust")).toUtf8()
                                       + "\n[server]\nurl = https://hds.example.fr\n"
                                         "[insi]\nurl = https://insi.example.fr/lps\n");
        auto c = SystemConfig::load(path);
        QVERIFY2(c, qPrintable(c ? QString() : c.error().userText));
        QVERIFY(c->present);
        QCOMPARE(c->pkcs11Module, module);
        QCOMPARE(c->trustStoreDir, m_dir.filePath(QStringLiteral("trust")));
        QCOMPARE(c->serverUrl, QStringLiteral("https://hds.example.fr"));
        QCOMPARE(c->insiUrl, QStringLiteral("https://insi.example.fr/lps"));
    }

    void aFileOthersMayWriteIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("otherOwner");
        QTest::newRow("group-writable") << 0664 << false;
        QTest::newRow("world-writable") << 0646 << false;
        QTest::newRow("owned by another account") << 0644 << true;
    }
    void aFileOthersMayWriteIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(bool, otherOwner);
        const QString path
            = write(QStringLiteral("weak.conf"), "[cards]\ntrust_store = /tmp\n", mode_t(mode));
        if (otherOwner && ::geteuid() == 0) {
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0); // nobody
        } // without root, the file is another account's than root's already
        auto c = SystemConfig::load(path);
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(c.error().userText.contains(QStringLiteral("refuse")), qPrintable(c.error().userText));
        QFile::remove(path);
    }

    void aModuleOrATrustFolderOthersMayWriteIsRefused()
    {
        const QString module = write(QStringLiteral("evil.so"), "ELF", 0777);
        const QString path
            = write(QStringLiteral("module.conf"), "[cards]\npkcs11_module = " + module.toUtf8() + "\n");
        QVERIFY(!SystemConfig::load(path));
        const QString trust = m_dir.filePath(QStringLiteral("opentrust"));
        QVERIFY(QDir().mkpath(trust));
        ::chmod(QFile::encodeName(trust).constData(), 0777);
        const QString path2
            = write(QStringLiteral("trust.conf"), "[cards]\ntrust_store = " + trust.toUtf8() + "\n");
        QVERIFY(!SystemConfig::load(path2));
    }

    void relativePathsAndPlainHttpAreRefused()
    {
        QVERIFY(!SystemConfig::load(write(QStringLiteral("rel.conf"), "[cards]\npkcs11_module = lib.so\n")));
        auto http = SystemConfig::load(
            write(QStringLiteral("http.conf"), "[server]\nurl = http://hds.example.fr\n"));
        QVERIFY(!http);
        if (::geteuid() == 0) { // otherwise refused for its owner before its content is read
            QVERIFY(http.error().userText.contains(QStringLiteral("https://")));
        }
        auto insi = SystemConfig::load(
            write(QStringLiteral("insi.conf"), "[insi]\nurl = http://insi.example.fr\n"));
        QVERIFY(!insi);
        if (::geteuid() == 0) {
            QVERIFY(insi.error().userText.contains(QStringLiteral("INSi")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSystemConfig)
#include "test_systemconfig.moc"
