package io.universestudio.ui.app;

import io.universestudio.core.serve.ReachableAddresses;
import io.universestudio.core.settings.UserFolders;
import io.universestudio.ui.serve.ServerViewModel;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server in plain sight: the Server window offers this machine's reachable addresses as bind
 * addresses and lists the command for each, says why 127.0.0.1 works only here, and the main window's
 * status bar shows a running server's URL with a Stop that stops it (the real server, on loopback).
 */
@StudioWindow.WindowTest
class ServerInPlainSightWindowTest {

    @TempDir
    Path home;

    private AppContext app;

    @Start
    void start(Stage stage) {
        UserFolders folders = StudioWindow.folders(home);
        app = StudioWindow.show(stage, folders, Optional.empty());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @Test
    void theServerPanelOffersEveryReachableAddressAndSaysWhyLoopbackIsOnlyForThisComputer(FxRobot robot) throws Exception {
        robot.interact(() -> app.tools().openServer());
        java.util.List<ReachableAddresses.Address> addresses = ReachableAddresses.list();
        @SuppressWarnings("unchecked")
        ComboBox<ServerViewModel.BindChoice> bind = robot.lookup("#serverBind").queryAs(ComboBox.class);
        waitFor(() -> bind.getItems().size() == addresses.size() + 2);
        assertThat(bind.getItems()).extracting(ServerViewModel.BindChoice::address)
                .startsWith("127.0.0.1").endsWith(ServerViewModel.ALL)
                .containsAll(addresses.stream().map(ReachableAddresses.Address::host).toList());
        assertThat(bind.getValue().address()).isEqualTo("127.0.0.1");
        Label note = robot.lookup("#serverReachNote").queryAs(Label.class);
        assertThat(note.getText()).contains("127.0.0.1").contains("only programs on this computer");

        ListView<?> reachable = robot.lookup("#serverAddresses").queryAs(ListView.class);
        assertThat(reachable.getItems()).hasSize(addresses.size());
        for (int i = 0; i < addresses.size(); i++) {
            ServerViewModel.ReachableUrl row = (ServerViewModel.ReachableUrl) reachable.getItems().get(i);
            assertThat(row.command()).isEqualTo("dcos package repo add My-packages " + addresses.get(i).url(8085));
            assertThat(row.served()).isFalse();
        }

        robot.interact(() -> bind.setValue(bind.getItems().get(bind.getItems().size() - 1)));
        assertThat(note.getText()).contains("Every address");
    }

    @Test
    void theChosenBindAddressIsSavedInTheSettingsAndChosenAgainAfterARestart(FxRobot robot) throws Exception {
        robot.interact(() -> app.tools().openServer());
        @SuppressWarnings("unchecked")
        ComboBox<ServerViewModel.BindChoice> bind = robot.lookup("#serverBind").queryAs(ComboBox.class);
        waitFor(() -> bind.getItems().stream().anyMatch(c -> c.address().equals(ServerViewModel.ALL)));
        robot.interact(() -> bind.setValue(bind.getItems().stream().filter(c -> c.address().equals(ServerViewModel.ALL))
                .findFirst().orElseThrow()));
        // Written to the settings file (the store writes shortly after a change; shutting down writes at once).
        robot.interact(() -> app.shutdown());
        String saved = java.nio.file.Files.readString(StudioWindow.folders(home).settingsFile());
        assertThat(io.universestudio.core.settings.SettingsJson.read(saved).settings().serverBindAddress())
                .isEqualTo(ServerViewModel.ALL);

        // A new start of the app, on the same user folders: the Server window offers the saved choice.
        Stage second = WaitForAsyncUtils.asyncFx((Callable<Stage>) Stage::new).get(10, TimeUnit.SECONDS);
        AppContext again = WaitForAsyncUtils.asyncFx((Callable<AppContext>) () -> StudioWindow.show(second, StudioWindow.folders(home), Optional.empty()))
                .get(60, TimeUnit.SECONDS);
        assertThat(again.server().bindChoiceProperty().get().address()).isEqualTo(ServerViewModel.ALL);
        robot.interact(() -> again.tools().openServer());
        waitFor(() -> robot.lookup("#serverBind").queryAll().size() >= 1);
        @SuppressWarnings("unchecked")
        ComboBox<ServerViewModel.BindChoice> bindAgain = robot.lookup("#serverBind").queryAllAs(ComboBox.class).stream()
                .filter(c -> c.getScene().getWindow().isShowing() && c != bind).findFirst().orElse(bind);
        waitFor(() -> bindAgain.getItems().size() > 2);
        assertThat(bindAgain.getValue().address()).isEqualTo(ServerViewModel.ALL);
        assertThat(robot.lookup("#serverReachNote").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Every address"))).isTrue();
    }

    @Test
    void theStatusBarShowsTheRunningServerAndItsStopStopsIt(FxRobot robot) throws Exception {
        Node item = robot.lookup("#serverStatus").query();
        assertThat(item.isVisible()).isFalse();

        robot.interact(() -> app.tools().openServer());
        robot.clickOn("#startServer");
        waitFor(() -> app.server().runningProperty().get());
        String url = app.server().urlProperty().get();
        assertThat(url).startsWith("http://127.0.0.1:").endsWith("/repo");
        // The Server window closed: the main window still shows the server and where it is.
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != app.windows().main()).toList()
                .forEach(Window::hide));
        assertThat(item.isVisible()).isTrue();
        assertThat(robot.lookup("#serverStatusUrl").queryAs(Hyperlink.class).getText()).isEqualTo("Serving " + url);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        // It answers (an empty repository has no index for a client without Cosmos headers) and logs it.
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 499);
        waitFor(() -> !app.server().log().isEmpty());

        robot.clickOn("#serverStatusStop");
        waitFor(() -> !item.isVisible());
        assertThat(app.server().runningProperty().get()).isFalse();
        waitFor(() -> {
            try {
                client.send(request, HttpResponse.BodyHandlers.ofString());
                return false;
            } catch (ConnectException refused) {
                return true;
            }
        });
        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void theChosenAddressIsWhereTheServerListensAndItsRowSaysSo(FxRobot robot) throws Exception {
        java.util.List<ReachableAddresses.Address> addresses = ReachableAddresses.list().stream()
                .filter(a -> !a.host().contains(":")).toList();
        org.junit.jupiter.api.Assumptions.assumeFalse(addresses.isEmpty(), "this machine has no IPv4 address but loopback");
        ReachableAddresses.Address chosen = addresses.get(0);
        robot.interact(() -> app.tools().openServer());
        @SuppressWarnings("unchecked")
        ComboBox<ServerViewModel.BindChoice> bind = robot.lookup("#serverBind").queryAs(ComboBox.class);
        waitFor(() -> bind.getItems().stream().anyMatch(c -> c.address().equals(chosen.host())));
        robot.interact(() -> bind.setValue(bind.getItems().stream().filter(c -> c.address().equals(chosen.host()))
                .findFirst().orElseThrow()));
        assertThat(robot.lookup("#serverReachNote").queryAs(Label.class).getText()).contains("Only requests to " + chosen.host());

        // Only listening: no request is sent to an address other than loopback.
        robot.clickOn("#startServer");
        waitFor(() -> app.server().runningProperty().get());
        String url = app.server().urlProperty().get();
        assertThat(url).startsWith("http://" + chosen.host() + ":");
        assertThat(bind.isDisabled()).as("the address is chosen before starting").isTrue();
        ListView<?> reachable = robot.lookup("#serverAddresses").queryAs(ListView.class);
        assertThat(reachable.getItems()).anySatisfy(item -> {
            ServerViewModel.ReachableUrl row = (ServerViewModel.ReachableUrl) item;
            assertThat(row.url()).isEqualTo(url);
            assertThat(row.served()).isTrue();
        });
        assertThat(robot.lookup("#serverStatusUrl").queryAs(Hyperlink.class).getText()).isEqualTo("Serving " + url);
        robot.interact(() -> app.server().stop());
        waitFor(() -> !app.server().runningProperty().get());
    }
}
