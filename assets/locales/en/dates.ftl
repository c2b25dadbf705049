### Dates and times. The patterns take $day (a number, as the screen writes it),
### $month (a month's short name), $year, $weekday (a day's short name) and
### $time (24-hour, 09:00); each language orders them its own way.

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun

date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-weekday-day-month = { $weekday } { $day } { $month }
date-weekday-day-month-year = { $weekday } { $day } { $month } { $year }
date-and-time = { $date } { $time }

## How long ago, for the recent past; how long until, for deadlines.
ago-just-now = just now
ago-minutes = { $n }m ago
ago-hours = { $n }h ago
ago-days = { $n }d ago
until-now = now
until-minutes = in { $n }m
until-hours = in { $n }h
until-days = { $n ->
    [one] in 1 day
   *[other] in { $n } days
}
