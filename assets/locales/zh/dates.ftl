### 日期和时间。

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六
weekday-7 = 周日

date-day-month = { $month }{ $day }日
date-day-month-year = { $year }年{ $month }{ $day }日
date-weekday-day-month = { $month }{ $day }日{ $weekday }
date-weekday-day-month-year = { $year }年{ $month }{ $day }日{ $weekday }
date-and-time = { $date } { $time }

ago-just-now = 刚刚
ago-minutes = { $n }分钟前
ago-hours = { $n }小时前
ago-days = { $n }天前
until-now = 现在
until-minutes = { $n }分钟后
until-hours = { $n }小时后
until-days = { $n }天后
