#include "birthdate.h"

#include <QRegularExpression>

namespace Officine::Model {

BirthDate::BirthDate(const QDate& date)
{
    if (date.isValid()) {
        m_year = date.year();
        m_month = date.month();
        m_day = date.day();
    }
}

BirthDate::BirthDate(int year, int month, int day)
    : m_year(year)
    , m_month(month)
    , m_day(day)
{
}

bool BirthDate::isValid() const
{
    if (m_year < 1 || m_year > 9999 || m_month < 0 || m_month > 12 || m_day < 0) {
        return false;
    }
    if (m_month == 0) {
        return m_day == 0;
    }
    return m_day == 0 || QDate(m_year, m_month, m_day).isValid();
}

QDate BirthDate::earliest() const
{
    if (!isValid()) {
        return {};
    }
    return QDate(m_year, m_month == 0 ? 1 : m_month, m_day == 0 ? 1 : m_day);
}

QDate BirthDate::latest() const
{
    if (!isValid()) {
        return {};
    }
    if (m_month == 0) {
        return QDate(m_year, 12, 31);
    }
    const QDate first(m_year, m_month, 1);
    return m_day == 0 ? QDate(m_year, m_month, first.daysInMonth()) : QDate(m_year, m_month, m_day);
}

QString BirthDate::toIso() const
{
    if (isNull()) {
        return {};
    }
    // Written digit by digit: every stored row and every search formats dates.
    char16_t text[10];
    const auto digits = [&text](int at, int value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    digits(0, m_year, 4);
    text[4] = u'-';
    digits(5, m_month, 2);
    text[7] = u'-';
    digits(8, m_day, 2);
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

namespace {
/// "1948-03-12" (00 for unknown parts), read without a regular expression.
template<class View>
BirthDate isoDate(View t)
{
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-') {
        return {};
    }
    auto digits = [&t](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            const char16_t c = QChar(t[i]).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    return y < 0 || m < 0 || d < 0 ? BirthDate() : BirthDate(y, m, d);
}
} // namespace

BirthDate BirthDate::fromIso(QStringView text)
{
    return isoDate(text);
}

BirthDate BirthDate::fromIso(QLatin1StringView text)
{
    return isoDate(text);
}

QString BirthDate::toDisplay() const
{
    if (isNull()) {
        return {};
    }
    return QStringLiteral("%1/%2/%3")
        .arg(m_day, 2, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'))
        .arg(m_year, 4, 10, QLatin1Char('0'));
}

namespace {
int fullYear(int twoDigits, const QDate& today)
{
    const int century = today.year() / 100 * 100;
    const int candidate = century + twoDigits;
    return candidate > today.year() ? candidate - 100 : candidate;
}
} // namespace

BirthDate BirthDate::parse(const QString& input, const QDate& today)
{
    const QString text = input.trimmed();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{2})(\d{2})(\d{2}|\d{4})$)"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        return BirthDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    QRegularExpressionMatch m = dmy.match(text);
    if (!m.hasMatch()) {
        m = compact.match(text);
    }
    if (!m.hasMatch()) {
        return {};
    }
    const QString y = m.captured(3);
    const int year = y.size() == 2 ? fullYear(y.toInt(), today) : y.toInt();
    return BirthDate(year, m.captured(2).toInt(), m.captured(1).toInt());
}

int ageOn(const BirthDate& birth, const QDate& today)
{
    if (!birth.isValid() || !today.isValid()) {
        return -1;
    }
    const QDate from = birth.latest();
    if (today < from) {
        return 0;
    }
    int age = today.year() - from.year();
    // QDate::addYears moves 29 February to 28 February in common years; the civil rule counts
    // the birthday on 1 March.
    QDate birthday(today.year(), from.month(), from.day());
    if (!birthday.isValid()) {
        birthday = QDate(today.year(), 3, 1);
    }
    if (today < birthday) {
        --age;
    }
    return age;
}

} // namespace Officine::Model
