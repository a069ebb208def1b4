#include "apducardauthenticator.h"

#include "cardprofile.h"
#include "logging/logging.h"
#include "pcsc.h"

#include <openssl/sha.h>

namespace Officine::SmartCard {

namespace P = Profile;

namespace {

Error statusError(std::uint16_t sw, const char* step)
{
    const QString log = QStringLiteral("%1: SW %2").arg(QLatin1StringView(step), StatusWord::hex(sw));
    if (sw == StatusWord::PinBlocked) {
        return Error(ErrorCode::CardPinBlocked, StatusWord::message(sw), log);
    }
    const int tries = StatusWord::triesLeft(sw);
    if (tries >= 0) {
        Error e(tries == 0 ? ErrorCode::CardPinBlocked : ErrorCode::CardPinWrong, StatusWord::message(sw),
                log);
        e.detail = tries;
        return e;
    }
    if (sw == StatusWord::FileNotFound || sw == StatusWord::InsNotSupported
        || sw == StatusWord::ClaNotSupported) {
        return Error(ErrorCode::CardNotRecognised, StatusWord::message(sw), log);
    }
    return Error(ErrorCode::CardRefused, StatusWord::message(sw), log);
}

CommandApdu selectFile(std::uint16_t fid)
{
    QByteArray id;
    id.append(static_cast<char>(fid >> 8)).append(static_cast<char>(fid & 0xff));
    return CommandApdu {0x00, P::insSelect, 0x02, 0x0C, id, -1};
}

} // namespace

Result<void> ApduCardAuthenticator::selectApplication(PcscCard& card)
{
    auto r = card.transmit(CommandApdu {0x00, P::insSelect, 0x04, 0x00, P::aid(), -1});
    if (!r) {
        return fail(r.error());
    }
    if (!r->ok()) {
        return fail(statusError(r->sw, "SELECT AID"));
    }
    return {};
}

Result<QByteArray> ApduCardAuthenticator::readFile(PcscCard& card, std::uint16_t fid, int maxLength)
{
    auto selected = card.transmit(selectFile(fid));
    if (!selected) {
        return fail(selected.error());
    }
    if (!selected->ok()) {
        return fail(statusError(selected->sw, "SELECT EF"));
    }
    QByteArray content;
    while (content.size() < maxLength) {
        const int offset = static_cast<int>(content.size());
        auto chunk = card.transmit(CommandApdu {0x00,
                                                P::insReadBinary,
                                                static_cast<std::uint8_t>(offset >> 8),
                                                static_cast<std::uint8_t>(offset & 0xff),
                                                {},
                                                256});
        if (!chunk) {
            return fail(chunk.error());
        }
        if (chunk->sw == StatusWord::WrongP1P2 && offset > 0) {
            break; // past the end
        }
        if (!chunk->ok()) {
            return fail(statusError(chunk->sw, "READ BINARY"));
        }
        content.append(chunk->data);
        if (chunk->data.size() < 256) {
            break;
        }
    }
    return content;
}

Result<int> ApduCardAuthenticator::pinStatus(PcscCard& card)
{
    auto r = card.transmit(CommandApdu {0x00, P::insVerify, 0x00, P::pinReference, {}, -1});
    if (!r) {
        return fail(r.error());
    }
    if (r->sw == StatusWord::PinBlocked) {
        return 0;
    }
    const int tries = StatusWord::triesLeft(r->sw);
    return tries >= 0 ? tries : (r->ok() ? P::pinTries : -1);
}

Result<Auth::CardInfo> ApduCardAuthenticator::readCard(const QString& reader)
{
    auto context = PcscContext::establish();
    if (!context) {
        return fail(context.error());
    }
    auto card = PcscCard::connect(**context, reader);
    if (!card) {
        return fail(card.error());
    }
    if (auto t = (*card)->beginTransaction(); !t) {
        return fail(t.error());
    }
    Auth::CardInfo info;
    info.reader = reader;
    info.atr = (*card)->atr();
    Result<void> step = selectApplication(**card);
    if (step) {
        auto serial = readFile(**card, P::fidSerial, 12);
        if (!serial) {
            step = fail(serial.error());
        } else if (!serial->startsWith(P::issuerNumber())) {
            step = fail(ErrorCode::CardNotRecognised,
                        tr("Cette carte n'a pas été émise par l'Agence du numérique en santé : ce n'est pas "
                           "une carte "
                           "CPS ou CPE."),
                        QStringLiteral("EF.SN.ICC issuer mismatch"));
        } else {
            info.serial = *serial;
        }
    }
    if (step) {
        auto certificate = readFile(**card, P::fidAuthCertificate, 8192);
        if (certificate) {
            info.certificateDer = *certificate;
        } else {
            step = fail(certificate.error());
        }
    }
    if (step) {
        auto tries = pinStatus(**card);
        if (tries) {
            info.pinTriesLeft = *tries;
        } else {
            step = fail(tries.error());
        }
    }
    (*card)->endTransaction();
    if (!step) {
        return fail(step.error());
    }
    return info;
}

Result<QByteArray> ApduCardAuthenticator::signChallenge(const QString& reader, const SecureBuffer& pin,
                                                        const QByteArray& challenge)
{
    if (pin.size() != static_cast<size_t>(P::pinLength)
        || !std::all_of(pin.data(), pin.data() + pin.size(),
                        [](std::uint8_t c) { return c >= '0' && c <= '9'; })) {
        return fail(ErrorCode::InvalidInput, tr("Le code porteur comporte 4 chiffres."),
                    QStringLiteral("PIN format"));
    }
    auto context = PcscContext::establish();
    if (!context) {
        return fail(context.error());
    }
    auto card = PcscCard::connect(**context, reader);
    if (!card) {
        return fail(card.error());
    }
    if (auto t = (*card)->beginTransaction(); !t) {
        return fail(t.error());
    }
    bool pinMayBeVerified = false;
    // The verified PIN must not outlive this call: VERIFY with P1 = FF resets the verification
    // status (ISO 7816-4); a card present that refuses it is reset instead. A card already gone
    // is left alone (resetting a vanished card wedges some readers).
    auto finish = [&card, &pinMayBeVerified](Result<QByteArray> r) {
        if (pinMayBeVerified) {
            auto deauth = (*card)->transmit(CommandApdu {0x00, P::insVerify, 0xFF, P::pinReference, {}, -1});
            if (deauth && !deauth->ok()) {
                (*card)->resetOnClose();
            }
        }
        (*card)->endTransaction();
        return r;
    };
    if (auto s = selectApplication(**card); !s) {
        return finish(fail(s.error()));
    }
    // VERIFY: the PIN padded with FF to 8 bytes, in a buffer wiped right after.
    CommandApdu verify {0x00, P::insVerify, 0x00, P::pinReference, QByteArray(P::pinBlockLength, '\xFF'), -1};
    std::memcpy(verify.data.data(), pin.data(), pin.size());
    auto verified = (*card)->transmit(verify);
    wipe(verify.data);
    pinMayBeVerified = verified && verified->ok();
    if (!verified) {
        return finish(fail(verified.error()));
    }
    if (!verified->ok()) {
        return finish(fail(statusError(verified->sw, "VERIFY")));
    }
    auto mse = (*card)->transmit(CommandApdu {0x00, P::insManageSecurityEnvironment, 0x41, 0xA4,
                                              QByteArray::fromHex("840181800102"), -1});
    if (!mse) {
        return finish(fail(mse.error()));
    }
    if (!mse->ok()) {
        return finish(fail(statusError(mse->sw, "MSE SET")));
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(challenge.constData()),
           static_cast<size_t>(challenge.size()), digest);
    const QByteArray digestInfo
        = P::sha256DigestInfoPrefix() + QByteArray(reinterpret_cast<const char*>(digest), sizeof digest);
    auto signature
        = (*card)->transmit(CommandApdu {0x00, P::insInternalAuthenticate, 0x00, 0x00, digestInfo, 256});
    if (!signature) {
        return finish(fail(signature.error()));
    }
    if (!signature->ok()) {
        return finish(fail(statusError(signature->sw, "INTERNAL AUTHENTICATE")));
    }
    return finish(signature->data);
}

} // namespace Officine::SmartCard
