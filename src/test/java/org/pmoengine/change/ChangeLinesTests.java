package org.pmoengine.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The changes typed on the Tasklist form, one per line. */
class ChangeLinesTests {

  @Test
  void readsEveryKindOfChangeAndWritesItBackTheSameWay() {
    String text = """
        reestimate build 15
        add test 4 after build before live

        remove docs
        move live 2027-02-05
        link design test
        unlink design docs
        capacity crew 1""";

    ChangeLines.Parsed parsed = ChangeLines.parse(text);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.items()).extracting(ChangeItem::type).containsExactly(
        ChangeItem.Type.REESTIMATE, ChangeItem.Type.ADD_ACTIVITY, ChangeItem.Type.REMOVE_ACTIVITY,
        ChangeItem.Type.MOVE_MILESTONE, ChangeItem.Type.ADD_DEPENDENCY,
        ChangeItem.Type.REMOVE_DEPENDENCY, ChangeItem.Type.CHANGE_CAPACITY);
    ChangeItem added = parsed.items().get(1);
    assertThat(added.after()).containsExactly("build");
    assertThat(added.before()).containsExactly("live");
    assertThat(parsed.items().get(3).date()).isEqualTo(LocalDate.of(2027, 2, 5));
    assertThat(ChangeLines.format(parsed.items())).isEqualTo(text.replace("\n\n", "\n"));
    assertThat(parsed.items().get(1).describe())
        .isEqualTo("Add test: 4 working days, after build, before live");
  }

  @Test
  void aLineThatCantBeReadIsNamedByItsNumber() {
    ChangeLines.Parsed parsed = ChangeLines.parse("remove docs\nstretch build\nmove live soon");

    assertThat(parsed.items()).hasSize(1);
    assertThat(parsed.problems()).hasSize(2);
    assertThat(parsed.problems().get(0)).startsWith("Line 2 (\"stretch build\") can't be read");
    assertThat(parsed.problems().get(1)).startsWith("Line 3 (\"move live soon\") can't be read");
  }

  @Test
  void anIncompleteItemSaysWhatIsMissing() {
    ChangeItem item = new ChangeItem(ChangeItem.Type.REESTIMATE, "build", null, null, List.of(),
        List.of(), null, null, null, null, null);

    assertThat(item.problems())
        .containsExactly("give the duration as whole working days from 0 to 10000");
  }
}
