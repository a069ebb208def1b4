#pragma once

#include "auth/cardauthenticator.h"

#include <QCoreApplication>

namespace Officine::SmartCard {

class PcscCard;

/// CardAuthenticator over PC/SC with Officine's card profile (cardprofile.h,
/// docs/card-profile.md). Each call establishes its own PC/SC context, so it may run on any
/// worker thread; the signing call holds an exclusive transaction and resets the card when done,
/// so the verified PIN never outlives it.
class ApduCardAuthenticator final : public Auth::CardAuthenticator
{
    Q_DECLARE_TR_FUNCTIONS(ApduCardAuthenticator)

public:
    QString backendName() const override { return QStringLiteral("PC/SC (APDU)"); }
    Result<Auth::CardInfo> readCard(const QString& reader) override;
    Result<QByteArray> signChallenge(const QString& reader, const SecureBuffer& pin,
                                     const QByteArray& challenge) override;

private:
    static Result<void> selectApplication(PcscCard& card);
    static Result<QByteArray> readFile(PcscCard& card, std::uint16_t fid, int maxLength);
    static Result<int> pinStatus(PcscCard& card);
};

} // namespace Officine::SmartCard
