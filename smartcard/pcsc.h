#pragma once

#include "apdu.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace Officine::SmartCard {

/// Maps every SCARD_* code once to our error, with a French text (OpenSC reader-pcsc.c).
class PcscErrors
{
    Q_DECLARE_TR_FUNCTIONS(PcscErrors)

public:
    static Error fromCode(long rc, const char* call);
};

/// An SCARDCONTEXT. Belongs to the thread that established it; cancel() may be called from any
/// thread to interrupt a blocking SCardGetStatusChange.
class PcscContext
{
public:
    static Result<std::unique_ptr<PcscContext>> establish();
    ~PcscContext();
    PcscContext(const PcscContext&) = delete;
    PcscContext& operator=(const PcscContext&) = delete;

    Result<QStringList> readers();
    void cancel();
    std::intptr_t handle() const { return m_context; }

private:
    explicit PcscContext(std::intptr_t context)
        : m_context(context)
    {
    }
    std::intptr_t m_context;
};

/// A connection to the card in one reader (exclusive while a transaction is open).
class PcscCard
{
    Q_DECLARE_TR_FUNCTIONS(PcscCard)

public:
    static Result<std::unique_ptr<PcscCard>> connect(PcscContext& context, const QString& reader);
    ~PcscCard();
    PcscCard(const PcscCard&) = delete;
    PcscCard& operator=(const PcscCard&) = delete;

    QByteArray atr() const { return m_atr; }
    /// Sends an APDU: follows 61xx with GET RESPONSE and resends on 6Cxx with the length the
    /// card asks for. A card pulled mid-exchange gives CardRemoved, never a hang.
    Result<ResponseApdu> transmit(const CommandApdu& command);
    Result<void> beginTransaction();
    void endTransaction();
    /// Reset the card when this connection closes (clears a verified PIN).
    void resetOnClose() { m_resetOnClose = true; }

private:
    PcscCard(std::intptr_t handle, unsigned long protocol, QByteArray atr)
        : m_handle(handle)
        , m_protocol(protocol)
        , m_atr(std::move(atr))
    {
    }
    Result<ResponseApdu> transmitRaw(const QByteArray& bytes);
    std::intptr_t m_handle;
    unsigned long m_protocol;
    QByteArray m_atr;
    bool m_resetOnClose = false;
};

} // namespace Officine::SmartCard
