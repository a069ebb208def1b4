#include "pcsc.h"

#include "util/securebuffer.h"

#include <PCSC/winscard.h>
#include <PCSC/wintypes.h>

namespace Officine::SmartCard {

Error PcscErrors::fromCode(long rc, const char* call)
{
    const QString log = QStringLiteral("%1: %2 (0x%3)")
                            .arg(QLatin1StringView(call), QString::fromLatin1(pcsc_stringify_error(rc)))
                            .arg(static_cast<quint32>(rc), 8, 16, QLatin1Char('0'));
    switch (rc) {
    case static_cast<long>(SCARD_W_REMOVED_CARD):
    case static_cast<long>(SCARD_E_NO_SMARTCARD):
    case static_cast<long>(SCARD_W_RESET_CARD):
    case static_cast<long>(SCARD_W_UNPOWERED_CARD):
        return Error(ErrorCode::CardRemoved,
                     tr("La carte a été retirée pendant l'opération : réinsérez-la et recommencez."), log);
    case static_cast<long>(SCARD_E_NO_SERVICE):
    case static_cast<long>(SCARD_E_SERVICE_STOPPED):
    case static_cast<long>(SCARD_E_NO_READERS_AVAILABLE):
        return Error(
            ErrorCode::CardServiceUnavailable,
            tr("Le service des lecteurs de cartes (pcscd) ne répond pas ou aucun lecteur n'est branché."),
            log);
    case static_cast<long>(SCARD_E_UNKNOWN_READER):
    case static_cast<long>(SCARD_E_READER_UNAVAILABLE):
        return Error(ErrorCode::CardReaderUnavailable,
                     tr("Le lecteur de cartes a été débranché ou n'est plus disponible."), log);
    case static_cast<long>(SCARD_E_TIMEOUT):
        return Error(ErrorCode::CardTimeout, tr("La carte ne répond pas dans le délai prévu."), log);
    case static_cast<long>(SCARD_W_UNRESPONSIVE_CARD):
    case static_cast<long>(SCARD_W_UNSUPPORTED_CARD):
    case static_cast<long>(SCARD_E_CARD_UNSUPPORTED):
        return Error(ErrorCode::CardNotRecognised,
                     tr("Cette carte n'est pas reconnue : insérez une carte CPS ou CPE."), log);
    case static_cast<long>(SCARD_E_CANCELLED):
        return Error(ErrorCode::Cancelled, tr("Opération annulée."), log);
    default:
        return Error(ErrorCode::CardCommunication,
                     tr("La communication avec la carte a échoué : retirez-la, réinsérez-la et recommencez."),
                     log);
    }
}

Result<std::unique_ptr<PcscContext>> PcscContext::establish()
{
    SCARDCONTEXT ctx = 0;
    const LONG rc = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
    if (rc != SCARD_S_SUCCESS) {
        return fail(PcscErrors::fromCode(rc, "SCardEstablishContext"));
    }
    return std::unique_ptr<PcscContext>(new PcscContext(static_cast<std::intptr_t>(ctx)));
}

PcscContext::~PcscContext()
{
    SCardReleaseContext(static_cast<SCARDCONTEXT>(m_context));
}

void PcscContext::cancel()
{
    SCardCancel(static_cast<SCARDCONTEXT>(m_context));
}

Result<QStringList> PcscContext::readers()
{
    DWORD length = 0;
    LONG rc = SCardListReaders(static_cast<SCARDCONTEXT>(m_context), nullptr, nullptr, &length);
    if (rc == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE)) {
        return QStringList();
    }
    if (rc != SCARD_S_SUCCESS) {
        return fail(PcscErrors::fromCode(rc, "SCardListReaders"));
    }
    QByteArray buffer(static_cast<qsizetype>(length), '\0');
    rc = SCardListReaders(static_cast<SCARDCONTEXT>(m_context), nullptr, buffer.data(), &length);
    if (rc == static_cast<LONG>(SCARD_E_NO_READERS_AVAILABLE)) {
        return QStringList();
    }
    if (rc != SCARD_S_SUCCESS) {
        return fail(PcscErrors::fromCode(rc, "SCardListReaders"));
    }
    QStringList names;
    for (const QByteArray& name : buffer.split('\0')) {
        if (!name.isEmpty()) {
            names << QString::fromUtf8(name);
        }
    }
    return names;
}

Result<std::unique_ptr<PcscCard>> PcscCard::connect(PcscContext& context, const QString& reader)
{
    SCARDHANDLE handle = 0;
    DWORD protocol = 0;
    const QByteArray name = reader.toUtf8();
    LONG rc = SCardConnect(static_cast<SCARDCONTEXT>(context.handle()), name.constData(), SCARD_SHARE_SHARED,
                           SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &handle, &protocol);
    if (rc != SCARD_S_SUCCESS) {
        return fail(PcscErrors::fromCode(rc, "SCardConnect"));
    }
    unsigned char atr[MAX_ATR_SIZE];
    DWORD atrLength = sizeof atr;
    DWORD state = 0;
    DWORD readerLength = 0;
    rc = SCardStatus(handle, nullptr, &readerLength, &state, &protocol, atr, &atrLength);
    if (rc != SCARD_S_SUCCESS) {
        SCardDisconnect(handle, SCARD_LEAVE_CARD);
        return fail(PcscErrors::fromCode(rc, "SCardStatus"));
    }
    return std::unique_ptr<PcscCard>(
        new PcscCard(static_cast<std::intptr_t>(handle), protocol,
                     QByteArray(reinterpret_cast<const char*>(atr), static_cast<qsizetype>(atrLength))));
}

PcscCard::~PcscCard()
{
    SCardDisconnect(static_cast<SCARDHANDLE>(m_handle), m_resetOnClose ? SCARD_RESET_CARD : SCARD_LEAVE_CARD);
}

Result<void> PcscCard::beginTransaction()
{
    const LONG rc = SCardBeginTransaction(static_cast<SCARDHANDLE>(m_handle));
    if (rc != SCARD_S_SUCCESS) {
        return fail(PcscErrors::fromCode(rc, "SCardBeginTransaction"));
    }
    return {};
}

void PcscCard::endTransaction()
{
    SCardEndTransaction(static_cast<SCARDHANDLE>(m_handle), SCARD_LEAVE_CARD);
}

Result<ResponseApdu> PcscCard::transmitRaw(const QByteArray& bytes)
{
    const SCARD_IO_REQUEST* pci = m_protocol == SCARD_PROTOCOL_T1 ? SCARD_PCI_T1 : SCARD_PCI_T0;
    unsigned char response[65536 + 2];
    DWORD length = sizeof response;
    const LONG rc = SCardTransmit(static_cast<SCARDHANDLE>(m_handle), pci,
                                  reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  static_cast<DWORD>(bytes.size()), nullptr, response, &length);
    if (rc != SCARD_S_SUCCESS) {
        return fail(PcscErrors::fromCode(rc, "SCardTransmit"));
    }
    if (length < 2) {
        return fail(ErrorCode::CardCommunication, tr("La carte a envoyé une réponse incomplète."),
                    QStringLiteral("response shorter than SW1 SW2"));
    }
    return ResponseApdu::fromBytes(
        QByteArray(reinterpret_cast<const char*>(response), static_cast<qsizetype>(length)));
}

Result<ResponseApdu> PcscCard::transmit(const CommandApdu& command)
{
    // The encoded bytes may hold a PIN: wipe them once sent.
    QByteArray encoded = command.encode();
    auto response = transmitRaw(encoded);
    wipe(encoded);
    if (!response) {
        return response;
    }
    // 6Cxx: wrong Le, the card says which one; resend once with it.
    if (response->sw1() == 0x6C) {
        CommandApdu again = command;
        again.le = response->sw2() == 0 ? 256 : response->sw2();
        response = transmitRaw(again.encode());
        if (!response) {
            return response;
        }
    }
    // 61xx: more data waiting; fetch it with GET RESPONSE until the card is done.
    QByteArray data = response->data;
    int rounds = 0;
    while (response->sw1() == 0x61) {
        if (++rounds > 256) {
            return fail(ErrorCode::CardCommunication, tr("La carte envoie une réponse sans fin."),
                        QStringLiteral("too many GET RESPONSE rounds"));
        }
        CommandApdu getResponse {static_cast<std::uint8_t>(command.cla & 0x03), 0xC0, 0x00, 0x00, {},
                                 response->sw2() == 0 ? 256 : response->sw2()};
        response = transmitRaw(getResponse.encode());
        if (!response) {
            return response;
        }
        data.append(response->data);
    }
    response->data = data;
    return response;
}

} // namespace Officine::SmartCard
