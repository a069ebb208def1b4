#pragma once

#include <QByteArray>
#include <cstdint>

namespace Officine::SmartCard::Profile {

// Officine's CPS/CPE card profile: the ISO 7816-4 commands our APDU backend sends and our card
// emulator answers. Every APDU is documented in docs/card-profile.md.

/// CPS3 IAS-ECC application, contact interface (domain.md §7).
inline QByteArray aid()
{
    return QByteArray::fromHex("E828BD080F8025000001FF0010");
}
/// CPS3 contact ATR (card-cps.c).
inline QByteArray atr()
{
    return QByteArray::fromHex("3BAC00402A001225006480000310009000");
}
/// The issuer bytes at the start of EF.SN.ICC.
inline QByteArray issuerNumber()
{
    return QByteArray::fromHex("8025000001");
}

constexpr std::uint16_t fidSerial = 0xD003; ///< EF.SN.ICC, 12 bytes
constexpr std::uint16_t fidAuthCertificate = 0xC000; ///< the authentication certificate (DER)
constexpr std::uint8_t pinReference = 0x81; ///< the holder's PIN (4 digits, 3 tries)
constexpr std::uint8_t authKeyReference = 0x81; ///< the authentication key (RSA 2048)
constexpr int pinLength = 4;
constexpr int pukLength = 8;
constexpr int pinBlockLength = 8; ///< the PIN is sent padded with FF to 8 bytes
constexpr int pinTries = 3;
constexpr int pukTries = 10;

constexpr std::uint8_t insSelect = 0xA4;
constexpr std::uint8_t insReadBinary = 0xB0;
constexpr std::uint8_t insVerify = 0x20;
constexpr std::uint8_t insResetRetryCounter = 0x2C;
constexpr std::uint8_t insManageSecurityEnvironment = 0x22;
constexpr std::uint8_t insInternalAuthenticate = 0x88;
constexpr std::uint8_t insGetResponse = 0xC0;

/// The SHA-256 DigestInfo prefix (PKCS#1 v1.5): the card signs DigestInfo(SHA-256(challenge)).
inline QByteArray sha256DigestInfoPrefix()
{
    return QByteArray::fromHex("3031300d060960864801650304020105000420");
}

} // namespace Officine::SmartCard::Profile
