"""Names of other units and of places in a draft: find them and scrub them.

A draft is written from precedent notices of *other* units. Whatever those notices call
themselves ("西藏自治区司法厅系统开展…") must not end up in the user's draft: the user is some
other unit, in some other place. ``NameGuard`` (``guard.py``) finds three kinds of names:

* **places** from a gazetteer of China's provinces, prefecture-level cities and counties
  (``data/places.txt``, generated from cpca's adcodes by ``data/make_places.py``), plus their
  short forms under the rule below;
* **units** of the corpus (the catalog's ``unit`` column) in every form ``unit_variants``
  knows: with or without 中共, with or without the party-organ suffix, and the bare organ;
* **people** (``people.py`` one level up, ``listed_people.py``, ``posted_people.py``): a name
  before 同志, listed after 人员/干部 …, or right after a post (董事长李强任组长); surnames,
  posts and the word lists are data (``people.toml``).

Names that occur in the user's own input (their unit, the inspecting body, the feedback) are
allowed: they are the user's, not a leak.

Short forms (precision first: a false positive replaces an ordinary word in the draft):

* provinces: the name without 省/市/自治区/特别行政区 and without the ethnic names of an
  autonomous region (西藏自治区→西藏, 广西壮族自治区→广西, 北京市→北京);
* prefecture-level units: without 市/地区/盟/自治州 and the ethnic names (拉萨市→拉萨,
  阿坝藏族羌族自治州→阿坝), plus the usual "X州" form of an autonomous prefecture (黔东南州);
* counties: only when the full name has at least 4 characters (长阳土家族自治县→长阳,
  西乡塘区→西乡塘). A 3-character county like 和平区 or 白云区 keeps its full name only:
  和平, 白云, 朝阳, 青山 … are ordinary words far more often than places;
* every short form has at least 2 characters and is not in ``SHORT_STOPLIST`` (common words
  such as 中山, 大同, 长治, 文山 of 文山会海, 通道, 河口, 互助); a banner like
  "左/右/前/中/后旗" gets no short form (乌拉特中旗 is never written 乌拉特中).

Full names and short forms also pass context rules: generic full names (城区, 郊区, 矿区,
新城区, 老城区, 古城区, 和县) are never matched; a 2-character county (忠县, 成县) or an X城市
(海城市) only where it cannot be the tail of a word (示范县, 形成县, 沿海城市); X市+场 and
X区+域 read as 市场 and 区域; a few names have listed neighbours that make them ordinary
words (隆重庆祝, 黄河北岸, 入海口, 推广西瓜); ``PROTECTED_PHRASES`` (延安精神, 遵义会议 …)
are national vocabulary, not a locality; and a longer name starting inside a match wins
(认定西安市 is 西安市, not 定西).

Units: a bare organ (司法厅, 财政局) right after a level word of the user's own locality
(县财政局, 市司法局) is the user's own organ, not a hit; after another place (西藏自治区司法厅)
or on its own it is.

Not done: a pattern for XX镇/XX乡/XX街道/XX村. Tried against real notices it cannot tell a
town from a verb or a generic word (加强乡…, 各乡镇, 驻村, 城乡) without a town gazetteer,
and cpca has none; a wrong hit is worse than a miss here.
"""
