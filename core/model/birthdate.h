#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Officine::Model {

/// A date of birth as French civil status and the INS know it: the day, or the day and the
/// month, may be unknown (written 00, as on the documents: "00/00/1948", "00/03/1948"). Stored
/// as "YYYY-MM-DD" with 00 for an unknown part, which keeps the text order the date order.
class BirthDate
{
    Q_DECLARE_TR_FUNCTIONS(BirthDate)

public:
    BirthDate() = default;
    /// A complete date (implicit: a QDate is a birth date whose parts are all known).
    BirthDate(const QDate& date); // NOLINT(google-explicit-constructor)
    /// Any combination the rules allow: month 0 only with day 0.
    BirthDate(int year, int month, int day);

    int year() const { return m_year; }
    int month() const { return m_month; } ///< 0 when unknown
    int day() const { return m_day; } ///< 0 when unknown
    bool isNull() const { return m_year == 0; }
    /// A year 1..9999, and a month and day that exist together (or are unknown).
    bool isValid() const;
    bool isComplete() const { return isValid() && m_month != 0 && m_day != 0; }
    /// The date itself when complete, else a null QDate.
    QDate toDate() const { return isComplete() ? QDate(m_year, m_month, m_day) : QDate(); }
    /// The first and last days it may be (1 January..31 December for an unknown month).
    QDate earliest() const;
    QDate latest() const;

    QString toIso() const; ///< "1948-03-00"; empty when null
    static BirthDate fromIso(QStringView text);
    /// The same on ASCII bytes as the store returns them (the patient list reads hundreds).
    static BirthDate fromIso(QLatin1StringView text);
    /// "12/03/1948", "00/03/1948", "00/00/1948".
    QString toDisplay() const;

    /// Reads a date as a person types it: "12/03/1948", "12-03-1948", "12.03.1948",
    /// "1948-03-12", "12031948" or, with the century inferred from `today` (the most recent past
    /// year), "120348" and "12/03/48"; 00 for an unknown day or month. The result is not
    /// checked against today (see Identity::checkBirthDate).
    static BirthDate parse(const QString& text, const QDate& today);

    friend bool operator==(const BirthDate& a, const BirthDate& b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day;
    }
    friend bool operator!=(const BirthDate& a, const BirthDate& b) { return !(a == b); }

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

/// Full years between `birth` and `today` (0 before the first birthday; -1 for an invalid or
/// null date). A birthday on 29 February counts on 1 March in common years. With an unknown
/// day or month the age counts from the last day the date may be (31 December of the year for
/// an unknown month), the convention French civil status uses for an unknown date.
int ageOn(const BirthDate& birth, const QDate& today);

} // namespace Officine::Model
