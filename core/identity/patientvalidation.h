#pragma once

#include "model/patient.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <vector>

namespace Officine::Identity {

/// One field the form must show in error, with its French message (never quoting the value).
struct FieldError
{
    QString field; ///< stable field name (Patient::fieldValue)
    QString message;
};
using FieldErrors = std::vector<FieldError>;

struct ValidationContext
{
    QDate today;
    /// INS of the test and demonstration systems (OIDs …4.10, …4.11) are refused in production
    /// data; the demo pharmacy and the tests allow them.
    bool allowTestIns = false;
};

/// Every check of a patient file, field by field (the form shows each under its field; the
/// commands refuse a file with any). Each check also exists on its own for the form's live hints.
class PatientValidation
{
    Q_DECLARE_TR_FUNCTIONS(PatientValidation)

public:
    static FieldErrors check(const Model::Patient& patient, const ValidationContext& context);
    /// The first error as a command's refusal (the message names the field), or success.
    static Result<void> asResult(const FieldErrors& errors);

    static std::optional<QString> checkName(const QString& value, bool required);
    static std::optional<QString> checkBirthDate(const Model::BirthDate& date, const QDate& today);
    /// A birth date as typed in a form: unreadable text is said so, then checkBirthDate().
    static std::optional<QString> checkBirthDateText(const QString& text, const QDate& today);
    /// INSEE code of a birth place: a commune (2 digits or 2A/2B then 3 digits; 97x/98x then 2)
    /// or a country (99 then 3 digits).
    static std::optional<QString> checkBirthPlace(const QString& code);
    /// The NIR's own checks (layout, key) then what it says against the traits: sex, year and
    /// month of birth, département of birth.
    static std::optional<QString> checkNirAgainstTraits(const QString& nir, const Model::Patient& patient);
    static std::optional<QString> checkPhone(const QString& phone, bool mobile);
    static std::optional<QString> checkEmail(const QString& email);
    static std::optional<QString> checkPostalCode(const QString& code);

    /// What commands store: names trimmed and spaces collapsed, NIR and INSEE codes without
    /// spaces in capitals, phone numbers as typed but trimmed.
    static void normalise(Model::Patient& patient);
};

} // namespace Officine::Identity
