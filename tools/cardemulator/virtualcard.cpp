#include "virtualcard.h"

#include "apdu.h"
#include "cardprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace Officine::Tools {

namespace P = SmartCard::Profile;
using SmartCard::CommandApdu;
using SmartCard::StatusWord;

std::optional<CardFile> CardFile::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    CardFile c;
    c.label = o.value(QStringLiteral("label")).toString();
    c.holder = o.value(QStringLiteral("holder")).toString();
    c.idNatPs = o.value(QStringLiteral("idNatPs")).toString();
    c.serial = QByteArray::fromHex(o.value(QStringLiteral("serial")).toString().toLatin1());
    c.pin = o.value(QStringLiteral("pin")).toString().toLatin1();
    c.puk = o.value(QStringLiteral("puk")).toString().toLatin1();
    c.certificateDer = QByteArray::fromBase64(o.value(QStringLiteral("certificate")).toString().toLatin1());
    c.privateKeyPem = o.value(QStringLiteral("privateKey")).toString().toLatin1();
    c.atr = QByteArray::fromHex(o.value(QStringLiteral("atr")).toString().toLatin1());
    if (c.certificateDer.isEmpty() || c.privateKeyPem.isEmpty() || c.pin.size() != P::pinLength) {
        return std::nullopt;
    }
    return c;
}

bool CardFile::save(const QString& path) const
{
    const QJsonObject o {
        {QStringLiteral("label"), label},
        {QStringLiteral("holder"), holder},
        {QStringLiteral("idNatPs"), idNatPs},
        {QStringLiteral("serial"), QString::fromLatin1(serial.toHex())},
        {QStringLiteral("pin"), QString::fromLatin1(pin)},
        {QStringLiteral("puk"), QString::fromLatin1(puk)},
        {QStringLiteral("certificate"), QString::fromLatin1(certificateDer.toBase64())},
        {QStringLiteral("privateKey"), QString::fromLatin1(privateKeyPem)},
        {QStringLiteral("atr"), QString::fromLatin1(atr.toHex())},
        {QStringLiteral("warning"), QStringLiteral("Carte de TEST fictive : clé privée non protégée.")},
    };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    f.write(QJsonDocument(o).toJson());
    return true;
}

VirtualCard::VirtualCard(CardFile file)
    : m_file(std::move(file))
    , m_pinTries(P::pinTries)
    , m_pukTries(P::pukTries)
{
    BIO* bio
        = BIO_new_mem_buf(m_file.privateKeyPem.constData(), static_cast<int>(m_file.privateKeyPem.size()));
    m_key = {PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr), EVP_PKEY_free};
    BIO_free(bio);
}

VirtualCard::~VirtualCard() = default;

void VirtualCard::reset()
{
    m_appSelected = false;
    m_selectedFile = 0;
    m_pinVerified = false;
    m_authKeySelected = false;
    m_pending.clear();
}

QByteArray VirtualCard::respond(const QByteArray& data, std::uint16_t sw)
{
    // Responses longer than 128 bytes are announced with 61xx and fetched with GET RESPONSE.
    if (sw == StatusWord::Ok && data.size() > 128) {
        m_pending = data;
        const int announce = m_pending.size() >= 256 ? 0 : static_cast<int>(m_pending.size());
        return SmartCard::ResponseApdu {{}, static_cast<std::uint16_t>(0x6100 | announce)}.toBytes();
    }
    return SmartCard::ResponseApdu {data, sw}.toBytes();
}

QByteArray VirtualCard::sign(const QByteArray& digestInfo)
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(m_key.get(), nullptr);
    QByteArray signature;
    size_t length = 0;
    if (ctx && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_sign(ctx, nullptr, &length,
                         reinterpret_cast<const unsigned char*>(digestInfo.constData()),
                         static_cast<size_t>(digestInfo.size()))
            == 1) {
        signature.resize(static_cast<qsizetype>(length));
        if (EVP_PKEY_sign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                          reinterpret_cast<const unsigned char*>(digestInfo.constData()),
                          static_cast<size_t>(digestInfo.size()))
            != 1) {
            signature.clear();
        }
    }
    EVP_PKEY_CTX_free(ctx);
    return signature;
}

QByteArray VirtualCard::process(const QByteArray& bytes)
{
    CommandApdu c;
    if (!CommandApdu::decode(bytes, c)) {
        return respond({}, StatusWord::WrongLength);
    }
    if (c.cla != 0x00) {
        return respond({}, StatusWord::ClaNotSupported);
    }
    if (c.ins != P::insGetResponse) {
        m_pending.clear();
    }
    switch (c.ins) {
    case P::insSelect:
        if (c.p1 == 0x04) {
            m_appSelected = c.data == P::aid();
            m_selectedFile = 0;
            return respond({}, m_appSelected ? StatusWord::Ok : StatusWord::FileNotFound);
        }
        if (c.p1 == 0x02 && c.data.size() == 2 && m_appSelected) {
            const std::uint16_t fid
                = static_cast<std::uint16_t>((quint8(c.data[0]) << 8) | quint8(c.data[1]));
            if (fid == P::fidSerial || fid == P::fidAuthCertificate) {
                m_selectedFile = fid;
                return respond({}, StatusWord::Ok);
            }
        }
        return respond({}, StatusWord::FileNotFound);
    case P::insReadBinary: {
        if (!m_selectedFile) {
            return respond({}, StatusWord::ConditionsNotSatisfied);
        }
        const QByteArray& content = m_selectedFile == P::fidSerial ? m_file.serial : m_file.certificateDer;
        const int offset = (c.p1 << 8) | c.p2;
        if (offset > content.size()) {
            return respond({}, StatusWord::WrongP1P2);
        }
        const int length = c.le < 0 ? 256 : c.le;
        const int left = static_cast<int>(content.size()) - offset;
        if (m_strictLe && length > left && left > 0) {
            return respond({}, static_cast<std::uint16_t>(0x6C00 | (left & 0xff)));
        }
        // READ BINARY answers directly (no 61xx chunking): at most Le bytes.
        return SmartCard::ResponseApdu {content.mid(offset, length), StatusWord::Ok}.toBytes();
    }
    case P::insVerify: {
        if (!m_appSelected || c.p2 != P::pinReference) {
            return respond({}, StatusWord::WrongP1P2);
        }
        if (c.p1 == 0xFF && c.data.isEmpty()) { // reset the verification status
            m_pinVerified = false;
            return respond({}, StatusWord::Ok);
        }
        if (m_pinTries == 0) {
            return respond({}, StatusWord::PinBlocked);
        }
        if (c.data.isEmpty()) { // status query
            return respond({},
                           m_pinVerified ? StatusWord::Ok : static_cast<std::uint16_t>(0x63C0 | m_pinTries));
        }
        if (c.data.size() != P::pinBlockLength) {
            return respond({}, StatusWord::WrongLength);
        }
        QByteArray expected = m_file.pin;
        expected.append(QByteArray(P::pinBlockLength - expected.size(), '\xFF'));
        if (c.data == expected) {
            m_pinTries = P::pinTries;
            m_pinVerified = true;
            return respond({}, StatusWord::Ok);
        }
        m_pinVerified = false;
        --m_pinTries;
        return respond(
            {}, m_pinTries == 0 ? StatusWord::PinBlocked : static_cast<std::uint16_t>(0x63C0 | m_pinTries));
    }
    case P::insResetRetryCounter: {
        if (!m_appSelected || c.p2 != P::pinReference || c.data.size() != P::pukLength + P::pinBlockLength) {
            return respond({}, StatusWord::WrongData);
        }
        if (m_pukTries == 0) {
            return respond({}, StatusWord::PinBlocked);
        }
        if (c.data.left(P::pukLength) != m_file.puk) {
            --m_pukTries;
            return respond({},
                           m_pukTries == 0 ? StatusWord::PinBlocked
                                           : static_cast<std::uint16_t>(0x63C0 | m_pukTries));
        }
        QByteArray newPin = c.data.mid(P::pukLength);
        while (newPin.endsWith('\xFF')) {
            newPin.chop(1);
        }
        if (newPin.size() != P::pinLength) {
            return respond({}, StatusWord::WrongData);
        }
        m_file.pin = newPin;
        m_pinTries = P::pinTries;
        m_pukTries = P::pukTries;
        return respond({}, StatusWord::Ok);
    }
    case P::insManageSecurityEnvironment:
        // 00 22 41 A4: select the authentication key (84 01 81) and algorithm (80 01 02).
        m_authKeySelected = c.p1 == 0x41 && c.p2 == 0xA4 && c.data.contains(QByteArray::fromHex("840181"));
        return respond({}, m_authKeySelected ? StatusWord::Ok : StatusWord::WrongData);
    case P::insInternalAuthenticate: {
        if (!m_authKeySelected) {
            return respond({}, StatusWord::ConditionsNotSatisfied);
        }
        if (!m_pinVerified) {
            return respond({}, StatusWord::SecurityNotSatisfied);
        }
        if (!c.data.startsWith(P::sha256DigestInfoPrefix()) || c.data.size() != 19 + 32) {
            return respond({}, StatusWord::WrongData);
        }
        const QByteArray signature = sign(c.data);
        return signature.isEmpty() ? respond({}, 0x6F00) : respond(signature, StatusWord::Ok);
    }
    case P::insGetResponse: {
        if (m_pending.isEmpty()) {
            return respond({}, StatusWord::ConditionsNotSatisfied);
        }
        const int length = c.le <= 0 ? 256 : c.le;
        const QByteArray chunk = m_pending.left(length);
        m_pending = m_pending.mid(length);
        if (m_pending.isEmpty()) {
            return SmartCard::ResponseApdu {chunk, StatusWord::Ok}.toBytes();
        }
        const int announce = m_pending.size() >= 256 ? 0 : static_cast<int>(m_pending.size());
        return SmartCard::ResponseApdu {chunk, static_cast<std::uint16_t>(0x6100 | announce)}.toBytes();
    }
    default:
        return respond({}, StatusWord::InsNotSupported);
    }
}

} // namespace Officine::Tools
