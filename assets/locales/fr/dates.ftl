### Dates et heures.

month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
weekday-1 = lun.
weekday-2 = mar.
weekday-3 = mer.
weekday-4 = jeu.
weekday-5 = ven.
weekday-6 = sam.
weekday-7 = dim.

date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-weekday-day-month = { $weekday } { $day } { $month }
date-weekday-day-month-year = { $weekday } { $day } { $month } { $year }
date-and-time = { $date } { $time }

ago-just-now = à l'instant
ago-minutes = il y a { $n } min
ago-hours = il y a { $n } h
ago-days = il y a { $n } j
until-now = maintenant
until-minutes = dans { $n } min
until-hours = dans { $n } h
until-days = { $n ->
    [one] dans { $n } jour
   *[other] dans { $n } jours
}
