/** The Vietnamese forms of event, date and place words, and the ambassador's post by its two countries. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findCues } from '../../../../server/src/core/facts/eventCues.js';
import {
  VIETNAMESE_BEFORE_PLACE,
  VIETNAMESE_DAY,
  VIETNAMESE_SPAN_START,
  holdsVietnameseDay,
  slashedVietnameseDays,
  vietnameseAmbassadorOffice,
  vietnameseSpanStartIn,
  vietnameseAmbassadorsIn,
} from '../../../../server/src/core/facts/vietnameseForms.js';

/** Each cue as `format "covered words"`, with `planned` or `separately` when set. */
function cues(sentence: string): string[] {
  return findCues(sentence, false).map((c) =>
    [`${c.format} "${sentence.slice(c.start, c.end)}"`, c.planned ? 'planned' : ''].filter(Boolean).join(' '),
  );
}

describe('Vietnamese cues', () => {
  it('reads talks, a reception, a phone call and the kinds of visit', () => {
    assert.deepEqual(cues('Sáng 12/3, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone.'), [
      'talks "hội đàm"',
    ]);
    assert.deepEqual(cues('Chiều 4/6, Chủ tịch nước đã tiếp Đại sứ Lào tại Việt Nam.'), ['meeting "đã tiếp "']);
    assert.deepEqual(cues('Cùng ngày, Thủ tướng Suga đã chào Tổng Bí thư Nguyễn Phú Trọng.'), ['meeting "đã chào "']);
    assert.deepEqual(cues('Thủ tướng Suga và Phu nhân đến Hà Nội chiều tối 18-10.'), ['visit "đến "']);
    assert.deepEqual(cues('Tối 2/1, Tổng Bí thư Tô Lâm điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.'), [
      'phone call "điện đàm"',
    ]);
    assert.deepEqual(cues('Chủ tịch nước Lương Cường thăm cấp Nhà nước tới Lào.'), ['state visit "thăm cấp Nhà nước"']);
    assert.deepEqual(cues('Thủ tướng đang thăm chính thức Trung Quốc từ ngày 5 đến 7/4.'), [
      'official visit "thăm chính thức"',
    ]);
  });

  it('marks "sẽ" and "sắp tới" as plans', () => {
    assert.deepEqual(cues('Ngày mai, Thủ tướng sẽ hội đàm với Thủ tướng Lào.'), ['talks "hội đàm" planned']);
    assert.deepEqual(cues('Hai bên chuẩn bị cho chuyến thăm chính thức sắp tới của Thủ tướng Lào.'), [
      'official visit "thăm chính thức" planned',
    ]);
  });

  it('stays quiet on common words that only look like cues, and on look backs', () => {
    // "tiếp tục" (continue), "chuyến thăm" (the visit) as a noun before a place, "từng" (once had).
    assert.deepEqual(cues('Hai bên nhất trí tiếp tục tăng cường hợp tác.'), []);
    // "chào mừng" (celebrate), "chào đón" (welcome): no capital after "chào", no courtesy call.
    assert.deepEqual(cues('Người dân chào đón đoàn khách và chào mừng ngày lễ.'), []);
    // "liên quan đến" (related to), and a span's end "đến 20-10", are no arrival.
    assert.deepEqual(cues('Hai bên trao đổi các vấn đề liên quan đến Việt Nam từ ngày 18 đến 20-10.'), []);
    assert.deepEqual(cues('Bộ trưởng đánh giá cao kết quả chuyến thăm Lào năm ngoái.'), []);
    assert.deepEqual(cues('Thủ tướng Lào từng hội đàm với Thủ tướng Việt Nam tại Hà Nội.'), []);
  });
});

describe('Vietnamese dates, places and posts', () => {
  it('finds a day printed day first after "ngày" or a time of day, and not a bare fraction', () => {
    assert.ok(VIETNAMESE_DAY.test('Chiều 25/8, tại Hà Nội'));
    assert.ok(VIETNAMESE_DAY.test('ngày 9/5/2025'));
    assert.equal(VIETNAMESE_DAY.test('tỷ lệ 3/4 số phiếu'), false);
  });

  it('finds the same days through the quick look at their letters, in either case', () => {
    for (const text of ['Chiều 25/8, tại Hà Nội', 'NGÀY 9/5/2025', 'SÁNG 3/4', 'TỐI 3/4', 'TRƯA 3/4', 'ĐÊM 3/4'])
      assert.ok(holdsVietnameseDay(text), text);
    assert.equal(holdsVietnameseDay('tỷ lệ 3/4 số phiếu'), false);
    assert.equal(holdsVietnameseDay('On 25/8 the two sides met in Hanoi.'), false);
  });

  it('writes a day joined by a hyphen with a slash, keeping the length, and leaves other hyphens', () => {
    assert.equal(slashedVietnameseDays('Chiều 11-7, tại Viêng Chăn'), 'Chiều 11/7, tại Viêng Chăn');
    assert.equal(slashedVietnameseDays('từ ngày 11 đến 12-7-2024.'), 'từ ngày 11 đến 12/7/2024.');
    assert.equal(slashedVietnameseDays('ngày 9 - 11/5'), 'ngày 9 - 11/5');
    assert.equal(slashedVietnameseDays('thắng 3-1 trước đội khách'), 'thắng 3-1 trước đội khách');
    // A hyphen and a slash in one date is no date.
    assert.equal(VIETNAMESE_DAY.test('ngày 11-7/2024'), false);
  });

  it('reads "tại" and "ở" before a place', () => {
    assert.ok(VIETNAMESE_BEFORE_PLACE.test('tại '));
    assert.ok(VIETNAMESE_BEFORE_PLACE.test('ở thủ đô '));
    assert.equal(VIETNAMESE_BEFORE_PLACE.test('với '), false);
  });

  it('names an ambassador’s post by the sending and the receiving country', () => {
    assert.equal(vietnameseAmbassadorOffice('Trung Quốc', 'Việt Nam'), 'ambassador-china-to-vietnam');
    assert.equal(vietnameseAmbassadorOffice('Lào', 'Trung Quốc'), 'ambassador-laos-to-china');
    assert.equal(vietnameseAmbassadorOffice('Việt Nam', 'Việt Nam'), undefined);
  });

  it('finds an ambassador’s post in a text, and none in a text without one', () => {
    const posts = (text: string) => vietnameseAmbassadorsIn(text).map((m) => `${m[1]} → ${m[2]}`);
    assert.deepEqual(posts('Tiếp Đại sứ Trung Quốc tại Việt Nam và đại sứ Lào tại Trung Quốc'), [
      'Trung Quốc → Việt Nam',
      'Lào → Trung Quốc',
    ]);
    assert.deepEqual(posts('Thủ tướng tiếp Bộ trưởng Ngoại giao Lào tại Hà Nội'), []);
    assert.deepEqual(posts('The Chinese ambassador to Viet Nam'), []);
  });
});

describe('Vietnamese invitations and spans', () => {
  it('takes no visit from an invitation accepted or made, and keeps a visit made at an invitation', () => {
    assert.deepEqual(cues('Thủ tướng Lee vui vẻ nhận lời mời thăm Việt Nam.'), []);
    assert.deepEqual(cues('Chủ tịch nước mời Tổng thống Widodo thăm Việt Nam vào thời gian thích hợp.'), []);
    assert.deepEqual(cues('Theo lời mời của Thủ tướng Anwar, Tổng thống Widodo đang thăm Malaysia.'), [
      'visit "đang thăm "',
    ]);
    assert.deepEqual(cues('Tổng thống Widodo đang thăm chính thức Malaysia.'), ['official visit "thăm chính thức"']);
  });

  it('reads "từ ngày 9 đến 11/5" as a span printed day first, and a single day as no span', () => {
    assert.ok(VIETNAMESE_DAY.test('Tổng thống đang thăm Malaysia từ ngày 9 đến 11/5.'));
    assert.equal(VIETNAMESE_SPAN_START.exec('đang thăm Malaysia từ ngày 9 đến ')?.[1], '9');
    assert.equal(VIETNAMESE_SPAN_START.exec('đang thăm Malaysia ngày '), null);
    assert.equal(vietnameseSpanStartIn('ĐANG THĂM MALAYSIA TỪ NGÀY 9 ĐẾN ')?.[1], '9');
    assert.equal(vietnameseSpanStartIn('visiting Malaysia from 9 to '), null);
  });

  it('reads "tại Điện" before a palace as a place, and not "Điện" with no "tại"', () => {
    assert.ok(VIETNAMESE_BEFORE_PLACE.test('Chiều 10/5, tại Điện '));
    assert.ok(!VIETNAMESE_BEFORE_PLACE.test('Chiều 10/5, Điện '));
  });
});
