#pragma once

#include "model/patient.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace Officine::Insi {

/// The three operations of the national INSi teleservice (GIE SESAM-Vitale, "service
/// d'identité certifiée"): retrieve the INS from the traits or from the carte Vitale, and
/// verify an INS already held against its traits.
enum class Operation { Traits, Vitale, Verify };
QString operationId(Operation op); ///< "traits", "vitale", "verify" (InsiRecord::operation)
QString operationLabel(Operation op);
/// The operation of a recorded InsiRecord ("traits", "vitale", "verify"); Traits when unknown.
Operation operationFromId(const QString& id);

/// What a carte Vitale tells about one of its beneficiaries (read through the SESAM-Vitale
/// components): the card holder's NIR (ouvrant droit, 13 characters), the beneficiary's birth
/// date as the card has it (YYYYMMDD, which may be a "lunar" date such as 19480231) and birth
/// rank (twins).
struct VitaleBeneficiary
{
    QString holderNir;
    QString birthDate;
    int birthRank = 1;
};

/// One question to the teleservice.
struct Request
{
    Operation operation = Operation::Traits;
    /// Traits: birth family name, first given name, sex, full birth date, and the birth place
    /// when known. Verify: every strict trait of the file.
    Model::IdentityTraits traits;
    VitaleBeneficiary vitale;
    QString matricule; ///< Verify: the INS held (15 characters)
    QString oid;

    /// The request the file's traits make (its INS for a verification).
    static Request fromPatient(Operation op, const Model::Patient& patient);
    /// Refuses what the teleservice would refuse, in French (a missing trait, a partial date).
    Result<void> check() const;
};

/// An identity the teleservice returned: the active INS, its OID, its traits (the INS traits,
/// in capitals as the national bases hold them) and the INS it replaced.
struct Identity
{
    QString matricule; ///< 15 characters: NIR or NIA with its key
    QString oid;
    Model::IdentityTraits traits;
    QStringList previousMatricules;
};

enum class Outcome {
    Found, ///< CR 00 on a retrieval: one identity
    NotFound, ///< CR 01: no identity matches
    Several, ///< CR 02: several identities match the traits
    Verified, ///< CR 00 on a verification: the INS and its traits are confirmed
    NotVerified, ///< CR 01 on a verification
};
QString outcomeId(Outcome o);
/// What the outcome means and what to do next, for the person at the counter.
QString outcomeText(Outcome o);

struct Answer
{
    Outcome outcome = Outcome::NotFound;
    QString code; ///< CodeCR as received ("00", "01", "02")
    QString label; ///< LibelleCR as received
    std::optional<Identity> identity;
    QString messageId; ///< the request's wsa:MessageID, for support
};

/// Who asks, and how their card authenticates the request (the CPS/CPE in the reader: the
/// application wires CardAuthenticator here; the tests a key of the test PKI). Both functions run
/// on a worker thread: card I/O blocks.
struct Caller
{
    QString idNatPs;
    QString displayName;
    QString structureFiness; ///< the pharmacy
    std::function<Result<QByteArray>()> certificate; ///< the card's authentication certificate (DER)
    /// PKCS#1 v1.5 signature of SHA-256(payload) by the card's authentication key.
    std::function<Result<QByteArray>(const QByteArray& payload)> sign;
};

/// Software identification sent in the ContexteLPS header.
struct Software
{
    QString name = QStringLiteral("Officine");
    QString version;
    QString instance; ///< the workstation's id
};

/// The SOAP 1.2 messages of the teleservice (namespaces and element names of the INSi
/// integration guide: RECSANSVITALE, RECVITALE, RESULTAT/CR/INDIVIDU/INSACTIF/TIQ). The PS
/// assertion in the WS-Security header is signed by the card over the exact bytes of the
/// assertion followed by those of the SOAP body (docs/insi.md says how this differs from the
/// XML-DSig of the production service).
class Envelope
{
    Q_DECLARE_TR_FUNCTIONS(InsiEnvelope)

public:
    struct Parts
    {
        QByteArray assertion; ///< <saml:Assertion …>…</saml:Assertion>
        QByteArray body; ///< <soap:Body …>…</soap:Body>
        QString messageId;
        QString action; ///< wsa:Action
        QByteArray contexts; ///< ContexteLPS (and ContexteBAM), not signed
        QByteArray signedPayload() const { return assertion + body; }
    };
    static Parts prepare(const Request& request, const Caller& caller, const Software& software,
                         const QDateTime& now, const QString& messageId);
    /// The whole envelope, with the signature and certificate in the WS-Security header.
    static QByteArray assemble(const Parts& parts, const QByteArray& certificateDer,
                               const QByteArray& signature);
    /// Reads the teleservice's answer. A SOAP Fault, a truncated or foreign document, or an
    /// unknown CodeCR is an error (TeleserviceRefused for an authentication fault,
    /// TeleserviceProtocol otherwise).
    static Result<Answer> parseResponse(const QByteArray& xml, Operation op);
};

} // namespace Officine::Insi
