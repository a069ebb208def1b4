#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace Officine::Prescribing {

/// The moments of a day a pill organiser has (Officine's mapping to FHIR EventTiming, domain.md
/// §6): matin → MORN, midi → NOON, soir → EVE, coucher → HS.
enum class Moment { Morning, Noon, Evening, Bedtime };
inline constexpr std::array<Moment, 4> allMoments {Moment::Morning, Moment::Noon, Moment::Evening,
                                                   Moment::Bedtime};

/// One sequence of a structured posology (the ANS fr-posologie model, "sequence"): what is taken
/// at which moments, how often, for how long. Several steps follow one another (a taper).
struct PosologyStep
{
    /// Dose at each moment, in `unit` (0: nothing then). Empty when the step is "si besoin".
    std::array<double, 4> perMoment {0, 0, 0, 0};
    QString unit = QStringLiteral("comprimé"); ///< singular, as the rendering writes it
    bool asNeeded = false; ///< "si besoin": a dose of `asNeededDose` at most `maxPer24h` a day
    double asNeededDose = 0;
    double maxPer24h = 0;
    int everyDays = 1; ///< 1 every day, 2 one day in two…
    QList<int> weekdays; ///< ISO days (1 Monday … 7 Sunday); empty: every day (or everyDays)
    int durationDays = 0; ///< 0: not said (until the end of the treatment)
    QString condition; ///< "à jeun", "au repas"…

    double dailyDose() const;
    bool hasFraction() const;
    bool operator==(const PosologyStep&) const = default;
};

/// One scheduled intake: what a pill organiser's cell receives.
struct Intake
{
    QDate date;
    Moment moment = Moment::Morning;
    double dose = 0;
    QString unit;
    int step = 0; ///< index in Posology::steps
    bool operator==(const Intake&) const = default;
};

/// A structured posology: its steps in order, and the text the pharmacist typed.
struct Posology
{
    std::vector<PosologyStep> steps;
    QString typed;

    /// The French rendering shown live and printed: "1 comprimé le matin et le soir pendant 7 jours".
    QString rendered() const;
    /// Units to dispense for the whole posology (steps without a duration count `defaultDays`).
    double quantity(int defaultDays = 0) const;
    int totalDays() const;
    /// The scheduled intakes from `start`, day by day and moment by moment, each step after the
    /// one before (a step without a duration lasts `defaultDays`). "Si besoin" steps schedule
    /// nothing: they are taken when needed, outside the organiser.
    std::vector<Intake> intakes(const QDate& start, int defaultDays = 0) const;

    /// The FR Core MedicationRequest.dosageInstruction entries (FHIR R4 Dosage): one per step
    /// and dose (same `sequence` = concurrent), timing.repeat with when, frequency/period,
    /// dayOfWeek and boundsDuration, doseQuantity in EDQM units, asNeeded and maxDosePerPeriod,
    /// the readable text.
    QJsonArray toFhir() const;
    static Result<Posology> fromFhir(const QJsonArray& dosageInstruction);

    bool operator==(const Posology& other) const { return steps == other.steps; }
};

/// Where a typed posology stops making sense, for the entry field to underline.
struct PosologyError
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString message;
};

/// Reads posologies as pharmacists type them: "1-0-1", "1-1-1-1", "1/2-0-0 j1-j7",
/// "1 cp si besoin max 3/j", "1 cp matin et soir pendant 10 jours", "2 gél le soir 1 jour sur 2",
/// "1 cp lun mer ven", "40 mg le matin pendant 7 jours puis 20 mg le matin pendant 7 jours".
/// Nothing typed is lost: an unreadable input keeps its text and says where it stops.
class PosologyParser
{
    Q_DECLARE_TR_FUNCTIONS(PosologyParser)

public:
    struct Outcome
    {
        std::optional<Posology> posology;
        std::optional<PosologyError> error;
    };
    static Outcome parse(const QString& typed, const QString& defaultUnit = QStringLiteral("comprimé"));

    /// A half or a quarter only for a scored form ("sécable"): the check the entry makes with
    /// the product chosen.
    static Result<void> checkForm(const Posology& posology, const QString& pharmaceuticalForm);
};

} // namespace Officine::Prescribing
