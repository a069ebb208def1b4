#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace Officine::Tools {

/// What a card file holds (JSON): the holder's identity, certificate and key, PIN, unblock code,
/// serial and ATR. Test and demo material only.
struct CardFile
{
    QString label; ///< "titulaire", "préparateur"… for people running the demo
    QString holder; ///< "Claire DÉMO", for display
    QString idNatPs;
    QByteArray serial; ///< EF.SN.ICC, 12 bytes
    QByteArray pin; ///< 4 ASCII digits
    QByteArray puk; ///< 8 ASCII digits
    QByteArray certificateDer;
    QByteArray privateKeyPem;
    QByteArray atr;

    static std::optional<CardFile> load(const QString& path);
    bool save(const QString& path) const;
};

/// The card side of Officine's card profile (smartcard/cardprofile.h, docs/card-profile.md):
/// an IAS-ECC-like application with the serial number file, the authentication certificate,
/// a 4-digit PIN with 3 tries and its 8-digit unblock code with 10, and an authentication key
/// that signs a DigestInfo. Long responses come back in chunks through 61xx / GET RESPONSE, as
/// T=0 cards do. Tries persist across resets; the verified state does not.
class VirtualCard
{
public:
    explicit VirtualCard(CardFile file);
    ~VirtualCard();

    /// One APDU in, one response out.
    QByteArray process(const QByteArray& apdu);
    /// Power cycle: PIN no longer verified, nothing selected.
    void reset();

    int pinTriesLeft() const { return m_pinTries; }
    /// A card strict about Le: READ BINARY asking more than what is left answers 6C xx (the
    /// exact length) instead of fewer bytes, as some cards do.
    void setStrictLe(bool strict) { m_strictLe = strict; }
    const CardFile& file() const { return m_file; }

private:
    QByteArray respond(const QByteArray& data, std::uint16_t sw);
    QByteArray sign(const QByteArray& digestInfo);

    CardFile m_file;
    std::shared_ptr<EVP_PKEY> m_key;
    bool m_appSelected = false;
    std::uint16_t m_selectedFile = 0;
    bool m_pinVerified = false;
    bool m_authKeySelected = false;
    bool m_strictLe = false;
    int m_pinTries;
    int m_pukTries;
    QByteArray m_pending; ///< what GET RESPONSE returns next
};

} // namespace Officine::Tools
