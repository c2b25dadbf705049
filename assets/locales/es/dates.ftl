### Fechas y horas.

month-1 = ene
month-2 = feb
month-3 = mar
month-4 = abr
month-5 = may
month-6 = jun
month-7 = jul
month-8 = ago
month-9 = sept
month-10 = oct
month-11 = nov
month-12 = dic
weekday-1 = lun
weekday-2 = mar
weekday-3 = mié
weekday-4 = jue
weekday-5 = vie
weekday-6 = sáb
weekday-7 = dom

date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-weekday-day-month = { $weekday } { $day } { $month }
date-weekday-day-month-year = { $weekday } { $day } { $month } { $year }
date-and-time = { $date } { $time }

ago-just-now = ahora mismo
ago-minutes = hace { $n } min
ago-hours = hace { $n } h
ago-days = hace { $n } d
until-now = ahora
until-minutes = en { $n } min
until-hours = en { $n } h
until-days = { $n ->
    [one] en { $n } día
   *[other] en { $n } días
}
