#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdint>

namespace Officine::SmartCard {

/// An ISO 7816-4 command APDU. Encodes short APDUs (Lc ≤ 255, Le ≤ 256) and extended ones
/// when the data or the expected length need it.
struct CommandApdu
{
    std::uint8_t cla = 0x00;
    std::uint8_t ins = 0x00;
    std::uint8_t p1 = 0x00;
    std::uint8_t p2 = 0x00;
    QByteArray data;
    int le = -1; ///< -1: no Le; 0..65536 (256 in a short APDU is encoded as 00)

    QByteArray encode() const;
    /// Parses an encoded APDU (the card emulator's side). Returns false when malformed.
    static bool decode(const QByteArray& bytes, CommandApdu& out);
};

/// A response APDU: data then SW1 SW2.
struct ResponseApdu
{
    QByteArray data;
    std::uint16_t sw = 0;

    static ResponseApdu fromBytes(const QByteArray& bytes);
    QByteArray toBytes() const;
    std::uint8_t sw1() const { return static_cast<std::uint8_t>(sw >> 8); }
    std::uint8_t sw2() const { return static_cast<std::uint8_t>(sw & 0xff); }
    bool ok() const { return sw == 0x9000; }
};

/// Status words of ISO 7816-4 with a French explanation for the user.
class StatusWord
{
    Q_DECLARE_TR_FUNCTIONS(StatusWord)

public:
    static constexpr std::uint16_t Ok = 0x9000;
    static constexpr std::uint16_t PinBlocked = 0x6983;
    static constexpr std::uint16_t SecurityNotSatisfied = 0x6982;
    static constexpr std::uint16_t FileNotFound = 0x6A82;
    static constexpr std::uint16_t WrongData = 0x6A80;
    static constexpr std::uint16_t WrongLength = 0x6700;
    static constexpr std::uint16_t InsNotSupported = 0x6D00;
    static constexpr std::uint16_t ClaNotSupported = 0x6E00;
    static constexpr std::uint16_t ConditionsNotSatisfied = 0x6985;
    static constexpr std::uint16_t WrongP1P2 = 0x6B00;

    /// 63Cx: a wrong PIN, x tries left. Returns -1 for any other status.
    static int triesLeft(std::uint16_t sw) { return (sw & 0xfff0) == 0x63C0 ? (sw & 0x0f) : -1; }
    static QString message(std::uint16_t sw);
    static QString hex(std::uint16_t sw)
    {
        return QStringLiteral("%1").arg(sw, 4, 16, QLatin1Char('0')).toUpper();
    }
};

} // namespace Officine::SmartCard
