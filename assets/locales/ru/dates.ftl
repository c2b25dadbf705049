### Даты и время.

month-1 = янв.
month-2 = февр.
month-3 = мар.
month-4 = апр.
month-5 = мая
month-6 = июн.
month-7 = июл.
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.
weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = вс

date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-weekday-day-month = { $weekday }, { $day } { $month }
date-weekday-day-month-year = { $weekday }, { $day } { $month } { $year }
date-and-time = { $date } { $time }

ago-just-now = только что
ago-minutes = { $n } мин назад
ago-hours = { $n } ч назад
ago-days = { $n } дн. назад
until-now = сейчас
until-minutes = через { $n } мин
until-hours = через { $n } ч
until-days = { $n ->
    [one] через { $n } день
    [few] через { $n } дня
   *[many] через { $n } дней
}
