#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Officine::Identity {

/// Luhn check over a string of digits (RPPS, ADELI, FINESS: domain.md §3).
bool luhnValid(const QString& digits);

/// The professional identifiers of domain.md §3. Errors are French and never quote the value.
class NationalIds
{
    Q_DECLARE_TR_FUNCTIONS(NationalIds)

public:
    /// RPPS: 11 digits with a Luhn key.
    static Result<QString> validateRpps(const QString& input);
    /// ADELI: 9 digits with a Luhn key (domain.md §3: empirical, 3 of 3 real samples).
    static Result<QString> validateAdeli(const QString& input);
    /// A prescriber's number as typed on a prescription: 11 digits an RPPS, 9 an ADELI.
    struct Prescriber
    {
        enum class Kind { Rpps, Adeli } kind = Kind::Rpps;
        QString number;
    };
    static Result<Prescriber> validatePrescriber(const QString& input);
    /// FINESS: 9 characters (département 2A/2B allowed) with a Luhn key, computed with 2A → 21
    /// and 2B → 22 (domain.md marks that rule as unverified).
    static Result<QString> validateFiness(const QString& input);
};

/// The national identifier of a health professional as carried by the CN of the card's
/// certificate: a one-digit type then the identifier. "Ne doit être ni construit ni interprété"
/// beyond that first digit (FR Core): we keep it as text and only read its type.
struct IdNatPs
{
    enum class Type { Adeli, CabinetAdeli, Finess, Siren, Siret, CabinetRpps, Rpps, Unknown };
    Type type = Type::Unknown;
    QString value; ///< the whole identifier, type digit included

    static IdNatPs parse(const QString& cn);
    /// "8" + RPPS: the identifier a pharmacist's CPS carries.
    static QString forRpps(const QString& rpps) { return QStringLiteral("8") + rpps; }
    QString rpps() const { return type == Type::Rpps ? value.mid(1) : QString(); }
};

} // namespace Officine::Identity
