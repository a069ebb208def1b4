// Through a real pcscd with the vsmartcard-vpcd driver and our card emulator (harness).

#include "../harness/pcscharness.h"
#include "../unit/testutil.h"
#include "apducardauthenticator.h"
#include "auth/cardsignin.h"
#include "auth/signinflow.h"
#include "cardprofile.h"
#include "logging/logging.h"
#include "pcsc.h"
#include "readermonitor.h"
#include "storage/staffrepository.h"
#include "testpki.h"
#include "virtualcard.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <cstdio>

using namespace Officine;
using namespace Officine::SmartCard;

namespace {
QStringList g_log;
void captureLog(const QString& line)
{
    g_log << line;
}
SecureBuffer pin(const char* digits)
{
    QByteArray b(digits);
    return SecureBuffer::fromAndWipe(b);
}
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPcsc : public QObject
{
    Q_OBJECT

private:
    Test::PcscHarness m_harness;
    FakeClock m_clock {QDateTime::currentDateTimeUtc()};
    QString reader() const { return QString::fromLatin1(Test::PcscHarness::readerName); }

    /// Waits until pcscd sees the card present (vpcd polls about every 400 ms).
    bool waitForCard(bool present)
    {
        auto context = PcscContext::establish();
        if (!context) {
            return false;
        }
        QString last;
        for (int i = 0; i < 100; ++i) {
            auto card = PcscCard::connect(**context, reader());
            if (bool(card) == present) {
                return true;
            }
            last = card ? QStringLiteral("connected") : card.error().logText;
            QTest::qWait(50);
        }
        std::fprintf(stderr, "card still %s: %s\n", present ? "absent" : "present", qPrintable(last));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_harness.start(), "pcscd or the card emulator could not be started");
        Logging::install();
        Logging::setSink(&captureLog);
        QLoggingCategory::setFilterRules(QStringLiteral("officine.*.debug=true"));
    }
    void cleanupTestCase() { Logging::setSink(nullptr); }

    void seesTheReaderAndCardInsertionAndRemoval()
    {
        ReaderMonitor monitor;
        QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
        QSignalSpy inserted(&monitor, &ReaderMonitor::cardInserted);
        QSignalSpy removed(&monitor, &ReaderMonitor::cardRemoved);
        auto card = m_harness.card(QStringLiteral("titulaire"), false);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
        QCOMPARE(added.first().at(0).toString(), reader());
        QVERIFY(inserted.isEmpty());
        card->send("insert");
        QTRY_VERIFY_WITH_TIMEOUT(!inserted.isEmpty(), 5000);
        QCOMPARE(inserted.first().at(0).toString(), reader());
        QCOMPARE(inserted.first().at(1).toByteArray(), Profile::atr());
        QVERIFY(inserted.first().at(2).toLongLong() > 0);
        card->send("remove");
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 5000);
        QCOMPARE(removed.first().at(0).toString(), reader());
        monitor.stop();
    }

    void readsTheCardAndSignsAChallengeTheVerifierAccepts()
    {
        QVERIFY(waitForCard(false)); // the previous card is gone
        auto card = m_harness.card(QStringLiteral("titulaire"));
        QVERIFY(card->waitFor("inserted"));
        QVERIFY(waitForCard(true));
        ApduCardAuthenticator authenticator;
        auto info = authenticator.readCard(reader());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().logText));
        QVERIFY(info->serial.startsWith(Profile::issuerNumber()));
        QCOMPARE(info->pinTriesLeft, 3);
        QCOMPARE(info->atr, Profile::atr());

        Auth::CardVerifier verifier(m_clock, {readAll(m_harness.trustDir() + QStringLiteral("/root.pem"))},
                                    {readAll(m_harness.trustDir() + QStringLiteral("/intermediate.pem"))});
        QTemporaryDir dir;
        auto store = Test::openStore(dir.filePath(QStringLiteral("s.db")), Test::testKey());
        Auth::CardSignIn signIn(*store, verifier);
        auto identified = signIn.identify(info->certificateDer);
        QVERIFY2(identified, qPrintable(identified ? QString() : identified.error().logText));
        QCOMPARE(identified->certificate.idNatPs, QStringLiteral("810012345673"));
        QVERIFY(identified->canBootstrap);

        const QByteArray challenge = verifier.issueChallenge().value();
        auto signature = authenticator.signChallenge(reader(), pin("1234"), challenge);
        QVERIFY2(signature, qPrintable(signature ? QString() : signature.error().logText));
        QCOMPARE(signature->size(), 256); // RSA 2048, fetched through 61xx / GET RESPONSE
        QVERIFY(signIn.checkSignature(*identified, challenge, *signature));
        QVERIFY(card->lines().contains("apdu C0 9000") || card->waitFor("apdu C0 9000", 1000));
        // The PIN is no longer verified once the call returns: VERIFY without data answers
        // 63C3 (3 tries, not verified), not 9000.
        auto context = PcscContext::establish();
        auto raw = PcscCard::connect(**context, reader());
        QVERIFY(raw);
        QVERIFY((*raw)->transmit(CommandApdu {0x00, 0xA4, 0x04, 0x00, Profile::aid(), -1})->ok());
        QCOMPARE((*raw)->transmit(CommandApdu {0x00, 0x20, 0x00, 0x81, {}, -1})->sw, std::uint16_t(0x63C3));
    }

    void aCardStrictAboutLeIsReadThroughSixCxx()
    {
        QVERIFY(waitForCard(false));
        auto card = m_harness.card(QStringLiteral("titulaire"));
        card->send("strict-le");
        QVERIFY(card->waitFor("strict-le"));
        QVERIFY(waitForCard(true));
        ApduCardAuthenticator authenticator;
        auto info = authenticator.readCard(reader());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().logText));
        // The certificate's last chunk came back as 6C xx then was read again with Le = xx.
        QVERIFY(card->waitFor("apdu B0 6C", 2000));
        QCOMPARE(info->serial.size(), 12);
        Auth::CardVerifier verifier(m_clock, {readAll(m_harness.trustDir() + QStringLiteral("/root.pem"))},
                                    {readAll(m_harness.trustDir() + QStringLiteral("/intermediate.pem"))});
        auto certificate = verifier.verifyCertificate(info->certificateDer);
        QVERIFY2(certificate, qPrintable(certificate ? QString() : certificate.error().logText));
        QCOMPARE(certificate->idNatPs, QStringLiteral("810012345673"));
    }

    void aWrongPinCountsDownThenBlocksAndNeverReachesTheLogs()
    {
        // A card of its own with an unusual PIN, to search the logs for it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto root = Tools::TestPki::makeRoot(QStringLiteral("AC RACINE TEST PIN"), now);
        const auto ca = Tools::TestPki::makeIntermediate(QStringLiteral("AC TEST PIN"), root, now);
        Tools::TestPki::HolderSpec spec {QStringLiteral("810000000009"),
                                         QStringLiteral("Essai"),
                                         QStringLiteral("Hugo"),
                                         QStringLiteral("Pharmacien"),
                                         now.addDays(-1),
                                         now.addDays(100),
                                         true};
        const auto holder = Tools::TestPki::makeHolder(spec, ca, 77);
        Tools::CardFile file;
        file.idNatPs = spec.idNatPs;
        file.serial = Profile::issuerNumber() + QByteArray("0000077");
        file.pin = "8642";
        file.puk = "13572468";
        file.certificateDer = holder.certificateDer();
        file.privateKeyPem = holder.privateKeyPem();
        file.atr = Profile::atr();
        const QString path = m_harness.path(QStringLiteral("pin-test.card"));
        QVERIFY(file.save(path));
        QVERIFY(waitForCard(false));
        auto card = m_harness.cardFromFile(path);
        QVERIFY(card->waitFor("inserted"));
        QVERIFY(waitForCard(true));

        g_log.clear();
        ApduCardAuthenticator authenticator;
        const QByteArray challenge(32, 'c');
        auto first = authenticator.signChallenge(reader(), pin("7531"), challenge);
        QVERIFY(!first);
        QCOMPARE(first.error().code, ErrorCode::CardPinWrong);
        QCOMPARE(first.error().detail, 2);
        QVERIFY(first.error().userText.contains(QStringLiteral("2 essai")));
        auto second = authenticator.signChallenge(reader(), pin("7531"), challenge);
        QCOMPARE(second.error().detail, 1);
        QCOMPARE(authenticator.readCard(reader())->pinTriesLeft, 1);
        auto third = authenticator.signChallenge(reader(), pin("7531"), challenge);
        QCOMPARE(third.error().code, ErrorCode::CardPinBlocked);
        auto rightButBlocked = authenticator.signChallenge(reader(), pin("8642"), challenge);
        QVERIFY(!rightButBlocked);
        QCOMPARE(rightButBlocked.error().code, ErrorCode::CardPinBlocked);
        QVERIFY(rightButBlocked.error().userText.contains(QStringLiteral("déblocage")));
        QCOMPARE(authenticator.readCard(reader())->pinTriesLeft, 0);
        auto badFormat = authenticator.signChallenge(reader(), pin("12a4"), challenge);
        QCOMPARE(badFormat.error().code, ErrorCode::InvalidInput);

        const QString all = g_log.join(u'\n');
        for (const char* secret : {"8642", "7531", "38363432", "37353331"}) {
            QVERIFY2(!all.contains(QLatin1StringView(secret)), secret);
        }
    }

    void aCardPulledMidApduGivesAClearErrorAndNoHang_data()
    {
        QTest::addColumn<QByteArray>("ins");
        QTest::newRow("reading the certificate") << QByteArray("B0");
        QTest::newRow("verifying the PIN") << QByteArray("20");
        QTest::newRow("signing") << QByteArray("88");
    }
    void aCardPulledMidApduGivesAClearErrorAndNoHang()
    {
        QFETCH(QByteArray, ins);
        QVERIFY(waitForCard(false));
        auto card = m_harness.card(QStringLiteral("pharmacien"));
        QVERIFY(card->waitFor("inserted"));
        QVERIFY(waitForCard(true));
        card->send("drop-at " + ins);
        QVERIFY(card->waitFor("armed " + ins));
        ApduCardAuthenticator authenticator;
        // The exchange must return (the test's own timeout bounds it), with the right error.
        Result<void> outcome;
        if (ins == "B0") {
            auto r = authenticator.readCard(reader());
            outcome = r ? Result<void>() : Result<void>(fail(r.error()));
        } else {
            auto r = authenticator.signChallenge(reader(), pin("2345"), QByteArray(32, 'x'));
            outcome = r ? Result<void>() : Result<void>(fail(r.error()));
        }
        QVERIFY(!outcome);
        QVERIFY2(outcome.error().code == ErrorCode::CardRemoved
                     || outcome.error().code == ErrorCode::CardCommunication,
                 qPrintable(outcome.error().logText));
        QVERIFY(!outcome.error().userText.isEmpty());
        QVERIFY(card->waitFor("dropped " + ins));
        QVERIFY(waitForCard(false));
    }

    void signsInThroughTheFlowFromAnEmptyPharmacyToALockedSession()
    {
        QVERIFY(waitForCard(false));
        QTemporaryDir dir;
        auto store = Test::openStore(dir.filePath(QStringLiteral("flow.db")), Test::testKey());
        SystemClock clock;
        Auth::CardVerifier verifier(clock, {readAll(m_harness.trustDir() + QStringLiteral("/root.pem"))},
                                    {readAll(m_harness.trustDir() + QStringLiteral("/intermediate.pem"))});
        Auth::CardSignIn signIn(*store, verifier);
        Commands::CommandExecutor executor(*store, clock);
        Auth::SessionManager sessions(executor, clock);
        ApduCardAuthenticator authenticator;
        Auth::SignInFlow flow(authenticator, signIn, sessions, executor);
        QSignalSpy pinNeeded(&flow, &Auth::SignInFlow::pinNeeded);
        QSignalSpy finessNeeded(&flow, &Auth::SignInFlow::finessNeeded);
        QSignalSpy failed(&flow, &Auth::SignInFlow::failed);
        QSignalSpy signedIn(&flow, &Auth::SignInFlow::signedIn);

        auto card = m_harness.card(QStringLiteral("titulaire"));
        QVERIFY(waitForCard(true));
        flow.cardInserted(reader());
        QTRY_COMPARE_WITH_TIMEOUT(pinNeeded.count(), 1, 10000);
        auto prompt = pinNeeded.first().at(0).value<Auth::PinPrompt>();
        QVERIFY(prompt.bootstrap);
        QCOMPARE(prompt.triesLeft, 3);
        QCOMPARE(prompt.holder, QStringLiteral("CLAIRE DÉMO"));

        QByteArray wrong("9999");
        flow.submitPin(SecureBuffer::fromAndWipe(wrong));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::CardPinWrong);
        QCOMPARE(failed.first().at(1).toBool(), true);
        QCOMPARE(flow.step(), Auth::SignInFlow::Step::WaitingForPin);

        QByteArray right("1234");
        flow.submitPin(SecureBuffer::fromAndWipe(right));
        QTRY_COMPARE_WITH_TIMEOUT(finessNeeded.count(), 1, 10000);
        flow.confirmFiness(QStringLiteral("760021833")); // wrong key: refused, still waiting
        QCOMPARE(failed.count(), 2);
        QCOMPARE(flow.step(), Auth::SignInFlow::Step::WaitingForFiness);
        flow.confirmFiness(QStringLiteral("760021832"));
        QCOMPARE(signedIn.count(), 1);
        QCOMPARE(sessions.state(), Auth::SessionManager::State::Active);
        QVERIFY(executor.allowed(Commands::Permission::StaffManage));
        QCOMPARE(store->meta(QStringLiteral("finess")), QStringLiteral("760021832"));
        auto account = Storage::StaffRepository(*store).findByCard(QStringLiteral("810012345673"));
        QVERIFY(account && account->has_value() && (*account)->role == Auth::Role::Titulaire);

        // Pulling the card locks the session.
        card->send("remove");
        QVERIFY(waitForCard(false));
        sessions.cardRemoved(reader());
        QCOMPARE(sessions.state(), Auth::SessionManager::State::Locked);
        QVERIFY(!executor.actor());

        // A card without an account is refused before any PIN.
        card.reset();
        auto stranger = m_harness.card(QStringLiteral("pharmacien"));
        QVERIFY(waitForCard(true));
        flow.cardInserted(reader());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 3, 10000);
        QVERIFY(failed.last().at(0).value<Error>().userText.contains(QStringLiteral("Aucun compte")));
        QCOMPARE(pinNeeded.count(), 2 - 1); // no new PIN prompt
    }

    void aStoppedServiceIsReportedLikeAnUnpluggedReader()
    {
        ReaderMonitor monitor;
        QSignalSpy added(&monitor, &ReaderMonitor::readerAdded);
        QSignalSpy removedReader(&monitor, &ReaderMonitor::readerRemoved);
        QSignalSpy unavailable(&monitor, &ReaderMonitor::serviceUnavailable);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
        m_harness.stopDaemon();
        QTRY_VERIFY_WITH_TIMEOUT(!removedReader.isEmpty(), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), 8000);
        QCOMPARE(removedReader.first().at(0).toString(), reader());
        ApduCardAuthenticator authenticator;
        auto r = authenticator.readCard(reader());
        QVERIFY(!r);
        QVERIFY(r.error().code == ErrorCode::CardServiceUnavailable
                || r.error().code == ErrorCode::CardReaderUnavailable);
        monitor.stop();
        QVERIFY(m_harness.startDaemon());
    }
};

QTEST_GUILESS_MAIN(TestPcsc)
#include "test_pcsc.moc"
