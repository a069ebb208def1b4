// The PKCS#11 backend against a real PKCS#11 module: Debian's softhsm2, with tokens, keys and
// certificates made by the test (the CPS labels of the ANS Cryptolib).

#include "../unit/testutil.h"
#include "auth/cardsignin.h"
#include "commands/commandexecutor.h"
#include "commands/staffcommands.h"
#include "pkcs11cardauthenticator.h"
#include "testpki.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <dlfcn.h>
#include <openssl/x509.h>
#include <p11-kit/pkcs11.h>

using namespace Officine;
using Officine::Tools::TestPki;

namespace {

constexpr auto kModule = "/usr/lib/softhsm/libsofthsm2.so";

SecureBuffer pin(const char* digits)
{
    QByteArray b(digits);
    return SecureBuffer::fromAndWipe(b);
}

/// Writes the certificate object onto a token through the module itself (softhsm2-util imports
/// keys only).
bool storeCertificate(const QString& label, const QByteArray& der)
{
    // CKA_SUBJECT is required for an X.509 certificate object.
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x509 = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    unsigned char* subjectBuffer = nullptr;
    const int subjectLength = x509 ? i2d_X509_NAME(X509_get_subject_name(x509), &subjectBuffer) : 0;
    QByteArray subject(reinterpret_cast<const char*>(subjectBuffer), subjectLength);
    OPENSSL_free(subjectBuffer);
    X509_free(x509);
    void* lib = dlopen(kModule, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        return false;
    }
    CK_FUNCTION_LIST_PTR p11 = nullptr;
    reinterpret_cast<CK_C_GetFunctionList>(dlsym(lib, "C_GetFunctionList"))(&p11);
    p11->C_Initialize(nullptr);
    CK_ULONG count = 0;
    p11->C_GetSlotList(CK_TRUE, nullptr, &count);
    std::vector<CK_SLOT_ID> slots(count);
    p11->C_GetSlotList(CK_TRUE, slots.data(), &count);
    bool ok = false;
    for (CK_SLOT_ID slot : slots) {
        CK_TOKEN_INFO info {};
        p11->C_GetTokenInfo(slot, &info);
        if (QString::fromUtf8(reinterpret_cast<char*>(info.label), 32).trimmed() != label) {
            continue;
        }
        CK_SESSION_HANDLE s = 0;
        p11->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &s);
        p11->C_Login(s, CKU_USER, reinterpret_cast<CK_UTF8CHAR_PTR>(const_cast<char*>("1234")), 4);
        CK_OBJECT_CLASS cls = CKO_CERTIFICATE;
        CK_CERTIFICATE_TYPE type = CKC_X_509;
        CK_BBOOL yes = CK_TRUE;
        const char certLabel[] = "Certificat d'Authentification CPS";
        unsigned char id[] = {0x01};
        CK_ATTRIBUTE t[]
            = {{CKA_CLASS, &cls, sizeof cls},
               {CKA_CERTIFICATE_TYPE, &type, sizeof type},
               {CKA_TOKEN, &yes, sizeof yes},
               {CKA_LABEL, const_cast<char*>(certLabel), sizeof certLabel - 1},
               {CKA_ID, id, sizeof id},
               {CKA_SUBJECT, subject.data(), static_cast<CK_ULONG>(subject.size())},
               {CKA_VALUE, const_cast<char*>(der.constData()), static_cast<CK_ULONG>(der.size())}};
        CK_OBJECT_HANDLE h = 0;
        ok = p11->C_CreateObject(s, t, 7, &h) == CKR_OK;
        p11->C_Logout(s);
        p11->C_CloseSession(s);
    }
    p11->C_Finalize(nullptr);
    dlclose(lib);
    return ok;
}

} // namespace

class TestPkcs11 : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock {QDateTime::currentDateTimeUtc()};
    TestPki::Issued m_root, m_ca, m_otherRoot, m_otherCa;

    bool run(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("softhsm2-util"), args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

    /// A token named `label` holding a CPS-like key and certificate.
    bool makeToken(const QString& label, const TestPki::Issued& holder)
    {
        const QString keyFile = m_dir.filePath(label + QStringLiteral(".key.pem"));
        QFile key(keyFile);
        if (!key.open(QIODevice::WriteOnly)) {
            return false;
        }
        key.write(holder.privateKeyPem());
        key.close();
        const bool a = run({QStringLiteral("--init-token"), QStringLiteral("--free"),
                            QStringLiteral("--label"), label, QStringLiteral("--so-pin"),
                            QStringLiteral("87654321"), QStringLiteral("--pin"), QStringLiteral("1234")});
        const bool b = a
            && run({QStringLiteral("--import"), keyFile, QStringLiteral("--token"), label,
                    QStringLiteral("--label"), QStringLiteral("CPS_PRIV_AUT"), QStringLiteral("--id"),
                    QStringLiteral("01"), QStringLiteral("--pin"), QStringLiteral("1234")});
        const bool c = b && storeCertificate(label, holder.certificateDer());
        if (!c) {
            qWarning("token %s: init %d import %d certificate %d", qPrintable(label), a, b, c);
        }
        return c;
    }

    TestPki::Issued holder(const char* idNatPs, const TestPki::Issued& ca, int fromDays, int toDays,
                           bool usage = true)
    {
        TestPki::HolderSpec spec {QString::fromLatin1(idNatPs),
                                  QStringLiteral("Essai"),
                                  QStringLiteral("Hugo"),
                                  QStringLiteral("Pharmacien"),
                                  m_clock.now().addDays(fromDays),
                                  m_clock.now().addDays(toDays),
                                  usage};
        static qint64 serial = 500;
        return TestPki::makeHolder(spec, ca, ++serial);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("tokens")));
        QFile conf(m_dir.filePath(QStringLiteral("softhsm2.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("directories.tokendir = " + m_dir.filePath(QStringLiteral("tokens")).toUtf8()
                   + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        conf.close();
        qputenv("SOFTHSM2_CONF", conf.fileName().toUtf8());
        m_root = TestPki::makeRoot(QStringLiteral("AC RACINE TEST P11"), m_clock.now());
        m_ca = TestPki::makeIntermediate(QStringLiteral("AC PERSONNES TEST P11"), m_root, m_clock.now());
        m_otherRoot = TestPki::makeRoot(QStringLiteral("AC RACINE PIRATE P11"), m_clock.now());
        m_otherCa = TestPki::makeIntermediate(QStringLiteral("AC PIRATE P11"), m_otherRoot, m_clock.now());
        QVERIFY(makeToken(QStringLiteral("CPS TITULAIRE"), holder("810012345673", m_ca, -1, 400)));
        QVERIFY(makeToken(QStringLiteral("CPS EXPIREE"), holder("810012345673", m_ca, -400, -1)));
        QVERIFY(makeToken(QStringLiteral("CPS NON FIABLE"), holder("810012345673", m_otherCa, -1, 400)));
        QVERIFY(makeToken(QStringLiteral("CPS MAUVAIS USAGE"), holder("810012345673", m_ca, -1, 400, false)));
        QVERIFY(makeToken(QStringLiteral("CPS INCONNUE"), holder("810000000009", m_ca, -1, 400)));
    }

    void signsInThroughPkcs11()
    {
        SmartCard::Pkcs11CardAuthenticator p11(QString::fromLatin1(kModule));
        QVERIFY(p11.load());
        auto tokens = p11.tokens();
        QVERIFY(tokens && tokens->contains(QStringLiteral("CPS TITULAIRE")));
        auto info = p11.readCard(QStringLiteral("CPS TITULAIRE"));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().logText));
        QVERIFY(!info->certificateDer.isEmpty());

        QTemporaryDir dir;
        auto store = Test::openStore(dir.filePath(QStringLiteral("p11.db")), Test::testKey());
        Auth::CardVerifier verifier(m_clock, {m_root.certificatePem()}, {m_ca.certificatePem()});
        Auth::CardSignIn signIn(*store, verifier);
        auto card = signIn.identify(info->certificateDer);
        QVERIFY2(card, qPrintable(card ? QString() : card.error().logText));
        QVERIFY(card->canBootstrap);
        const QByteArray challenge = verifier.issueChallenge().value();
        auto signature = p11.signChallenge(QStringLiteral("CPS TITULAIRE"), pin("1234"), challenge);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().logText));
        QVERIFY(signIn.checkSignature(*card, challenge, *signature));
        // The same refusals as with the APDU backend: a replay, another challenge.
        QVERIFY(!signIn.checkSignature(*card, challenge, *signature));
        const QByteArray expected = verifier.issueChallenge().value();
        auto other = p11.signChallenge(QStringLiteral("CPS TITULAIRE"), pin("1234"), QByteArray(32, 'z'));
        QVERIFY(other);
        auto mismatch = signIn.checkSignature(*card, expected, *other);
        QVERIFY(!mismatch);
        QVERIFY(mismatch.error().userText.contains(QStringLiteral("ne correspond pas au défi")));
    }

    void aWrongPinIsRefused()
    {
        SmartCard::Pkcs11CardAuthenticator p11(QString::fromLatin1(kModule));
        auto r = p11.signChallenge(QStringLiteral("CPS TITULAIRE"), pin("9999"), QByteArray(32, 'a'));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::CardPinWrong);
        QVERIFY(r.error().userText.contains(QStringLiteral("incorrect")));
        QVERIFY(p11.signChallenge(QStringLiteral("CPS TITULAIRE"), pin("1234"), QByteArray(32, 'a')));
    }

    void theSameCertificateRefusalsHold_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("words");
        QTest::newRow("expired") << "CPS EXPIREE"
                                 << "a expiré";
        QTest::newRow("untrusted root") << "CPS NON FIABLE"
                                        << "autorité de confiance";
        QTest::newRow("wrong key usage") << "CPS MAUVAIS USAGE"
                                         << "usage de clé";
        QTest::newRow("no account") << "CPS INCONNUE"
                                    << "Aucun compte";
    }
    void theSameCertificateRefusalsHold()
    {
        QFETCH(QString, token);
        QFETCH(QString, words);
        QTemporaryDir dir;
        auto store = Test::openStore(dir.filePath(QStringLiteral("p11.db")), Test::testKey());
        // A pharmacy that already has its titulaire (so an unknown card cannot bootstrap).
        Commands::CommandExecutor executor(*store, m_clock);
        executor.setActor(Commands::Actor {QStringLiteral("t"), QString(), QString(),
                                           Auth::permissionsOf(Auth::Role::Titulaire)});
        const Model::StaffAccount titulaire = Test::claireDemoTitulaire();
        Commands::CreateStaffAccountCommand create(titulaire);
        QVERIFY(executor.execute(create));

        SmartCard::Pkcs11CardAuthenticator p11(QString::fromLatin1(kModule));
        auto info = p11.readCard(token);
        QVERIFY(info);
        Auth::CardVerifier verifier(m_clock, {m_root.certificatePem()}, {m_ca.certificatePem()});
        Auth::CardSignIn signIn(*store, verifier);
        auto r = signIn.identify(info->certificateDer);
        QVERIFY(!r);
        QVERIFY2(r.error().userText.contains(words), qPrintable(r.error().userText));
    }

    void aMissingModuleOrTokenGivesAClearError()
    {
        SmartCard::Pkcs11CardAuthenticator missing(QStringLiteral("/nonexistent/libcps3_pkcs11_lux.so"));
        auto l = missing.load();
        QVERIFY(!l);
        QVERIFY(l.error().userText.contains(QStringLiteral("PKCS#11")));
        SmartCard::Pkcs11CardAuthenticator p11(QString::fromLatin1(kModule));
        auto none = p11.readCard(QStringLiteral("Lecteur vide"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::CardRemoved);
    }
};

QTEST_GUILESS_MAIN(TestPkcs11)
#include "test_pkcs11.moc"
