#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace Officine::Identity {

/// A NIR (or NIA) that passed validation, with what its digits say.
struct NirInfo
{
    QString normalized; ///< 15 characters, no spaces; the département kept as text (2A, 2B)
    int sexDigit = 0;
    int birthYear2 = 0;
    int birthMonth = 0; ///< 1..12, or a pseudo-month (20, 30..42, 50..99)
    QString departement;
    bool pseudoMonth = false; ///< incomplete civil status: accepted, worth a warning
};

/// NIR validation as in domain.md §1: layout, département (2A/2B for Corsica, 99 abroad,
/// 97x/98x overseas), month, and the key 97 − (n mod 97) where 2A counts as 19 and 2B as 18.
class Nir
{
    Q_DECLARE_TR_FUNCTIONS(Nir)

public:
    /// Accepts spaces between groups as people type them. Errors are in French and never quote
    /// the number itself.
    static Result<NirInfo> validate(const QString& input);
    /// The two-digit key for 13 characters (département as text), or -1 if malformed.
    static int computeKey(const QString& first13);
};

} // namespace Officine::Identity
