#include "apdu.h"
#include "tlv.h"

#include <QTest>

using namespace Officine::SmartCard;

class TestApdu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesAndDecodesEveryCase_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("le");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("case 1") << QByteArray() << -1 << QByteArray::fromHex("00A40400");
        QTest::newRow("case 2 short") << QByteArray() << 0x10 << QByteArray::fromHex("00A4040010");
        QTest::newRow("case 2 short, Le 256") << QByteArray() << 256 << QByteArray::fromHex("00A4040000");
        QTest::newRow("case 3 short")
            << QByteArray::fromHex("A0B1") << -1 << QByteArray::fromHex("00A4040002A0B1");
        QTest::newRow("case 4 short")
            << QByteArray::fromHex("A0B1") << 256 << QByteArray::fromHex("00A4040002A0B100");
        QTest::newRow("case 2 extended") << QByteArray() << 1000 << QByteArray::fromHex("00A404000003E8");
        const QByteArray big(300, '\x5A');
        QTest::newRow("case 3 extended") << big << -1 << (QByteArray::fromHex("00A4040000012C") + big);
        QTest::newRow("case 4 extended")
            << big << 65536 << (QByteArray::fromHex("00A4040000012C") + big + QByteArray::fromHex("0000"));
    }
    void encodesAndDecodesEveryCase()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, le);
        QFETCH(QByteArray, encoded);
        const CommandApdu apdu {0x00, 0xA4, 0x04, 0x00, data, le};
        QCOMPARE(apdu.encode().toHex(), encoded.toHex());
        CommandApdu back;
        QVERIFY(CommandApdu::decode(encoded, back));
        QCOMPARE(back.ins, std::uint8_t(0xA4));
        QCOMPARE(back.data, data);
        QCOMPARE(back.le, le);
    }

    void refusesMalformedApdus()
    {
        CommandApdu out;
        QVERIFY(!CommandApdu::decode(QByteArray::fromHex("00A404"), out));
        QVERIFY(!CommandApdu::decode(QByteArray::fromHex("00A4040005A0B1"), out)); // Lc past the end
        QVERIFY(!CommandApdu::decode(QByteArray::fromHex("00A40400000005A0"), out));
    }

    void readsResponsesAndExplainsStatusWordsInFrench()
    {
        const ResponseApdu r = ResponseApdu::fromBytes(QByteArray::fromHex("CAFE9000"));
        QVERIFY(r.ok());
        QCOMPARE(r.data, QByteArray::fromHex("CAFE"));
        QCOMPARE(ResponseApdu::fromBytes(QByteArray::fromHex("63C2")).sw, std::uint16_t(0x63C2));
        QCOMPARE(StatusWord::triesLeft(0x63C2), 2);
        QCOMPARE(StatusWord::triesLeft(0x6983), -1);
        QVERIFY(StatusWord::message(0x63C2).contains(QStringLiteral("2 essai")));
        QVERIFY(StatusWord::message(0x63C0).contains(QStringLiteral("bloquée")));
        QVERIFY(StatusWord::message(0x6983).contains(QStringLiteral("déblocage")));
        QVERIFY(StatusWord::message(0x6A82).contains(QStringLiteral("CPS")));
        QVERIFY(StatusWord::message(0x6F42).contains(QStringLiteral("6F42")));
        QCOMPARE(ResponseApdu::fromBytes(QByteArray::fromHex("90")).sw, std::uint16_t(0x6F00));
    }

    void parsesBerTlv()
    {
        // 6F (FCI) { 84 AID, A5 { 5F2D "fr" } }, then a 2-byte tag 9F7F with a long-form length.
        const QByteArray fci = QByteArray::fromHex("6F108407E828BD080F8025A5055F2D026672")
            + QByteArray::fromHex("9F7F8181") + QByteArray(0x81, '\x01');
        auto parsed = Tlv::parse(fci);
        QVERIFY(parsed);
        QCOMPARE(parsed->size(), size_t(2));
        QVERIFY(parsed->at(0).constructed);
        const Tlv* aid = Tlv::find(*parsed, 0x84);
        QVERIFY(aid);
        QCOMPARE(aid->value, QByteArray::fromHex("E828BD080F8025"));
        const Tlv* lang = Tlv::find(*parsed, 0x5F2D);
        QVERIFY(lang);
        QCOMPARE(lang->value, QByteArray("fr"));
        QCOMPARE(Tlv::find(*parsed, 0x9F7F)->value.size(), 0x81);
        QCOMPARE(Tlv::encode(0x5F2D, "fr"), QByteArray::fromHex("5F2D026672"));
        QCOMPARE(Tlv::encode(0x84, QByteArray(200, 'a')).left(3), QByteArray::fromHex("8481C8"));
    }

    void refusesMalformedTlv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("length past the end") << QByteArray::fromHex("8405AABB");
        QTest::newRow("truncated tag") << QByteArray::fromHex("5F");
        QTest::newRow("missing length") << QByteArray::fromHex("84");
        QTest::newRow("indefinite length") << QByteArray::fromHex("6F80AABB0000");
        QTest::newRow("length of 5 bytes") << QByteArray::fromHex("84850000000001AA");
        QTest::newRow("bad child") << QByteArray::fromHex("6F038405AA");
    }
    void refusesMalformedTlv()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!Tlv::parse(bytes));
    }

    void survivesRandomBytes()
    {
        // A reader must never crash on what a broken or hostile card sends.
        quint32 seed = 12345;
        for (int i = 0; i < 20000; ++i) {
            QByteArray b;
            const int n = static_cast<int>((seed = seed * 1103515245 + 12345) % 64);
            for (int k = 0; k < n; ++k) {
                b.append(static_cast<char>((seed = seed * 1103515245 + 12345) >> 16));
            }
            Tlv::parse(b);
            CommandApdu out;
            CommandApdu::decode(b, out);
        }
    }
};

QTEST_GUILESS_MAIN(TestApdu)
#include "test_apdu.moc"
