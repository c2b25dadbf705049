### التواريخ والأوقات.

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد

date-day-month = { $day } { $month }
date-day-month-year = { $day } { $month } { $year }
date-weekday-day-month = { $weekday } { $day } { $month }
date-weekday-day-month-year = { $weekday } { $day } { $month } { $year }
date-and-time = { $date } { $time }

ago-just-now = الآن
ago-minutes = منذ { $n } د
ago-hours = منذ { $n } س
ago-days = منذ { $n } يوم
until-now = الآن
until-minutes = بعد { $n } د
until-hours = بعد { $n } س
until-days = { $n ->
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $n } أيام
   *[other] بعد { $n } يومًا
}
