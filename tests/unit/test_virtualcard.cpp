// The card emulator's card side, APDU by APDU (the profile of docs/card-profile.md): PIN tries,
// the blocked state and the unblocking code.

#include "apdu.h"
#include "cardprofile.h"
#include "testpki.h"
#include "virtualcard.h"

#include <QTest>

using namespace Officine;
using namespace Officine::SmartCard;
using Officine::Tools::CardFile;
using Officine::Tools::TestPki;
using Officine::Tools::VirtualCard;

namespace {
std::uint16_t sw(VirtualCard& card, const QByteArray& apduHex)
{
    return ResponseApdu::fromBytes(card.process(QByteArray::fromHex(apduHex))).sw;
}
QByteArray pinBlock(const char* pin)
{
    return QByteArray(pin).toHex() + QByteArray("FF").repeated(8 - int(std::strlen(pin)));
}
} // namespace

class TestVirtualCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinTriesBlockingAndTheUnblockingCode()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto root = TestPki::makeRoot(QStringLiteral("AC TEST"), now);
        const auto holder = TestPki::makeHolder({QStringLiteral("810012345673"), QStringLiteral("Démo"),
                                                 QStringLiteral("Claire"), QStringLiteral("Pharmacien"),
                                                 now.addDays(-1), now.addDays(10), true},
                                                root, 9);
        CardFile file;
        file.serial = Profile::issuerNumber() + QByteArray("0000009");
        file.pin = "1234";
        file.puk = "87654321";
        file.certificateDer = holder.certificateDer();
        file.privateKeyPem = holder.privateKeyPem();
        file.atr = Profile::atr();
        VirtualCard card(file);

        const QByteArray selectAid = "00A404000D" + Profile::aid().toHex();
        QCOMPARE(sw(card, selectAid), std::uint16_t(0x9000));
        QCOMPARE(sw(card, "0020008108" + pinBlock("0000")), std::uint16_t(0x63C2));
        QCOMPARE(sw(card, "0020008108" + pinBlock("0000")), std::uint16_t(0x63C1));
        QCOMPARE(sw(card, "0020008108" + pinBlock("0000")), std::uint16_t(0x6983));
        QCOMPARE(sw(card, "0020008108" + pinBlock("1234")),
                 std::uint16_t(0x6983)); // blocked, even the right PIN
        // Signing is refused while the PIN is not verified.
        QCOMPARE(sw(card, "002241A406840181800102"), std::uint16_t(0x9000));
        QCOMPARE(
            sw(card, "0088000033" + Profile::sha256DigestInfoPrefix().toHex() + QByteArray(64, '0') + "00"),
            std::uint16_t(0x6982));

        // A wrong unblocking code counts down from 10; the right one sets a new PIN.
        QCOMPARE(sw(card, "002C008110" + QByteArray("11111111").toHex() + pinBlock("4321")),
                 std::uint16_t(0x63C9));
        QCOMPARE(sw(card, "002C008110" + QByteArray("87654321").toHex() + pinBlock("4321")),
                 std::uint16_t(0x9000));
        QCOMPARE(card.pinTriesLeft(), 3);
        QCOMPARE(sw(card, "0020008108" + pinBlock("1234")), std::uint16_t(0x63C2)); // the old PIN is gone
        QCOMPARE(sw(card, "0020008108" + pinBlock("4321")), std::uint16_t(0x9000));
        QCOMPARE(sw(card, "00200081"), std::uint16_t(0x9000)); // verified
        QCOMPARE(sw(card, "0020FF81"), std::uint16_t(0x9000)); // reset the verification status
        QCOMPARE(sw(card, "00200081"), std::uint16_t(0x63C3));
        card.reset();
        QCOMPARE(sw(card, "00B0000000"), std::uint16_t(0x6985)); // nothing selected after a reset
    }
};

QTEST_GUILESS_MAIN(TestVirtualCard)
#include "test_virtualcard.moc"
